import type { FileOut } from '../messages';
import { base64ToBytes } from '../messaging/base64';

/** Saves a file the background produced, through a temporary blob link (no downloads permission needed). */
export function downloadFile(file: FileOut): void {
  const bytes = base64ToBytes(file.base64);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
