import { describe, expect, it } from 'vitest';
import { allowedWebUrl } from './webUrl';

describe('allowedWebUrl', () => {
  it('accepts http and https PDF links as they are', () => {
    expect(allowedWebUrl('https://czj.liuzhou.gov.cn/a/2024预算.pdf')).toBe('https://czj.liuzhou.gov.cn/a/2024%E9%A2%84%E7%AE%97.pdf');
    expect(allowedWebUrl('http://127.0.0.1:4517/pdf/x.pdf')).toBe('http://127.0.0.1:4517/pdf/x.pdf');
  });
  it('refuses every other scheme, credentials in the URL, and non-URLs', () => {
    for (const bad of ['javascript:alert(1)', 'data:application/pdf;base64,JVBERi0=', 'file:///etc/passwd', 'chrome://settings', 'chrome-extension://abc/popup.html', 'blob:https://x/1', 'https://user:pw@example.gov.cn/a.pdf', 'not a url', ''])
      expect(allowedWebUrl(bad), bad).toBeNull();
  });
});
