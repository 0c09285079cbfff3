/**
 * A backup file travels from the page to the background in pieces: a 110 MB file is never one string in either. Each
 * piece is at most this many bytes of the file; its text is as long or shorter (UTF-8 takes at least a byte a unit),
 * plus the few bytes of a character cut by the previous piece's end, which come with this one.
 */
export const BACKUP_PIECE_BYTES = 1 << 20;
/** The longest text a piece can decode to. */
export const BACKUP_PIECE_CHARS = BACKUP_PIECE_BYTES + 4;

/** The file's text, piece by piece: a character split across two pieces is decoded whole, with the later one. */
export async function* backupPieces(file: Blob, pieceBytes: number = BACKUP_PIECE_BYTES): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for (let at = 0; at < file.size; at += pieceBytes) {
    const end = Math.min(at + pieceBytes, file.size);
    yield decoder.decode(await file.slice(at, end).arrayBuffer(), { stream: end < file.size });
  }
}

/** How many bytes a text takes in UTF-8 (how far into the file its pieces reach), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair (2 units) is 4 bytes.
      bytes += 2;
      i++;
    } else if (unit >= 0x800) bytes += 2;
    else if (unit >= 0x80) bytes += 1;
  }
  return bytes;
}
