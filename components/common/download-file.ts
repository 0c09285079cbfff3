import type { FileOut } from '../../utils/messages';

/** Saves bytes or text under a file name, through a temporary object URL and an a[download] click. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a file the background produced (base64, since extension messaging carries JSON only). */
export function downloadFile(file: FileOut): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  downloadBlob(file.fileName, new Blob([bytes], { type: file.mimeType }));
}
