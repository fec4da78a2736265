// This tab's status as the popup and the badge see it, and the popup's messages to the page
// (lib/page/contentMessages: checked by hand, no zod in the content script).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SaveReply, TabStatus } from '../../lib/extension/messages';
import { parseContentMessage } from '../../lib/page/contentMessages';

export interface TabStatusChannel {
  get(): TabStatus;
  set(patch: Partial<TabStatus>): void;
  /** Tell the worker (badge) and anyone asking. */
  publish(): Promise<void>;
  /** What the popup's 显示/隐藏 and 保存到对比 do, once the page runtime provides them. */
  actions: { togglePanel: (() => void) | null; save: (() => Promise<SaveReply>) | null };
}

export function openTabStatus(ctx: ContentScriptContext, initial: TabStatus): TabStatusChannel {
  let status = initial;
  const channel: TabStatusChannel = {
    get: () => status,
    set: (patch) => void (status = { ...status, ...patch }),
    publish: () => browser.runtime.sendMessage({ type: 'tab-status', status }).then(() => {}, () => {}),
    actions: { togglePanel: null, save: null },
  };
  const onMessage = (raw: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    const msg = parseContentMessage(raw);
    if (msg?.type === 'get-status') reply(status);
    if (msg?.type === 'toggle-panel') channel.actions.togglePanel?.();
    if (msg?.type === 'save-to-library') {
      const save = channel.actions.save;
      if (!save) reply({ ok: false, error: '此页尚未核查完毕 (not checked yet)' } satisfies SaveReply);
      else void save().then(reply, (e: Error) => reply({ ok: false, error: e.message } satisfies SaveReply));
      return true; // async reply
    }
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  return channel;
}
