// A link to a document's source, shown only for http(s) URLs: saved and imported snapshots carry
// URLs the extension did not check when they were written (lib/extension/webUrl).
import type { ComponentChildren } from 'preact';
import { allowedWebUrl } from '../../lib/extension/webUrl';

export function SourceLink({ url, title, children }: { url: string | null | undefined; title?: string | null; children: ComponentChildren }) {
  const href = url ? allowedWebUrl(url) : null;
  if (!href) return <span title={url ?? undefined}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer" title={title ?? href}>
      {children}
    </a>
  );
}
