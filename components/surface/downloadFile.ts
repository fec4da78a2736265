// Saving a generated file from our own UI: a blob URL on a temporary <a download> placed inside
// `container` (on a page: our closed shadow root, never the page's DOM), revoked once the
// download has taken it.
export function downloadFile(container: ParentNode, name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  container.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The click starts the download asynchronously: the URL must outlive this task.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
