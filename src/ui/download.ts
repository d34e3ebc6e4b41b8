/** Saving text as a file from an extension page: a blob link clicked once, no network and no permission. */

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL is freed once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
