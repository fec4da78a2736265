// A handler that runs only for the user's own input. A page's script can dispatch clicks and key
// presses into our UI (synthetic events: isTrusted false); none of them may act for the user.
export const trusted =
  <E extends Event>(handler: (e: E) => void) =>
  (e: E): void => {
    if (e.isTrusted) handler(e);
  };
