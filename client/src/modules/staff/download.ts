/**
 * Hands the browser a file to save. The object URL is revoked a little later: revoking it at
 * once cancels the download in some browsers.
 */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2026-03-09`, for file names. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
