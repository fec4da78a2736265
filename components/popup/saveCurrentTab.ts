// "保存到对比" from the popup: the content script holds the checked report, so it saves it.
import { SaveReplySchema, type SaveReply } from '../../lib/extension/messages';

export async function saveCurrentTab(tabId: number): Promise<SaveReply> {
  try {
    const reply = SaveReplySchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'save-to-library' }));
    return reply.success ? reply.data : { ok: false, error: '页面没有回应保存请求（请刷新页面后重试）' };
  } catch (e) {
    return { ok: false, error: `无法联系页面：${(e as Error).message}` };
  }
}
