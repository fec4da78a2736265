// The port a content script opens to have its page checked: the RawDoc goes in as JSON text, the
// worker's replies (lib/page/worker/pageReplies) come back as JSON text. Its own file so the content
// script can name the port without importing the check engine.
export const CHECK_PORT = 'budget-lens-check-raw';
