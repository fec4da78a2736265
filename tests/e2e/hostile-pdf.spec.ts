// Hostile PDFs in the real extension's viewer (issue 14): each is refused with the state
// too-complex (文件过大或过于复杂) before pdf.js parses it — the viewer answers, nothing is drawn,
// and the page stays usable. Before the work budget the nested-q file kept pdf.js busy for minutes.
import { expect, GOV, test } from './extension';
import { flateBombPdf, lineSegmentsPdf, nestedSavesPdf } from '../support/pdf/hostilePdfs';

const HOSTILE: [string, () => Uint8Array][] = [
  ['30,000 nested q', () => nestedSavesPdf(30_000)],
  ['a million line segments', () => lineSegmentsPdf(1_000_000)],
  ['a compression bomb (1 MB → 1 GB)', () => flateBombPdf(1_000_000_000)],
];

for (const [what, make] of HOSTILE) {
  test(`the viewer refuses ${what}: too-complex`, async ({ context, extensionId }) => {
    const body = Buffer.from(make());
    const url = `${GOV}/generated/hostile.pdf`;
    await context.route(url, (route) => route.fulfill({ contentType: 'application/pdf', body }));
    const viewer = await context.newPage();
    await viewer.goto(`chrome-extension://${extensionId}/viewer.html?url=${encodeURIComponent(url)}`);
    await expect(viewer.locator('[data-bl-state="too-complex"]')).toBeAttached({ timeout: 60_000 });
    await expect(viewer.getByRole('alert')).toContainText('文件过大或过于复杂');
    await expect(viewer.locator('.bl-page canvas')).toHaveCount(0);
    // Still answering: the page evaluates script at once.
    expect(await viewer.evaluate(() => document.readyState)).toBe('complete');
  });
}
