import type { FileOut } from '../messages';
import { base64ToBytes } from '../messaging/base64';

/**
 * Saves bytes or text under a file name, through a temporary object URL and an a[download] click (no downloads
 * permission). In a webmail tab, `parent` is inside the sidebar's closed shadow root: the page never sees the link.
 */
export function downloadBlob(fileName: string, blob: Blob, parent: ParentNode = document.body): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  parent.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a file the background produced (base64, since extension messaging carries JSON only). */
export function downloadFile(file: FileOut, parent?: ParentNode): void {
  downloadBlob(file.fileName, new Blob([base64ToBytes(file.base64)], { type: file.mimeType }), parent);
}
