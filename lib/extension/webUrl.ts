// Which URLs the extension opens, fetches or shows as links: http(s) only. A page (through the
// content script), a link menu, a crafted message or an imported library file must not make the
// extension load javascript:, data:, file: or chrome: URLs; local files come only from the
// user's own pick (the viewer's file input or a drop), as bytes, never as a URL.
export function allowedWebUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) return null; // credentials in a URL: never sent on the user's behalf
  return u.href;
}
