import { handlers } from '../../../utils/background/handlers';
import { route, type HandlerContext } from '../../../utils/background/router';
import { BACKUP_PIECE_BYTES, backupPieces } from '../../../utils/export/backup-pieces';
import type { Reply } from '../../../utils/messages';

/**
 * A backup restored as the dashboard sends it, through the real router: begin, its pieces in order, then end. Answers
 * the first refusal, or end's answer.
 */
export async function restoreInPieces(
  ctx: HandlerContext,
  text: string,
  {
    sender = 'page',
    progressId = 'restore-1',
    pieceBytes = BACKUP_PIECE_BYTES,
  }: { sender?: 'page' | 'webmail'; progressId?: string; pieceBytes?: number } = {},
): Promise<Reply<unknown>> {
  const file = new Blob([text]);
  const begin = await route({ type: 'backup:restore-begin', progressId, size: file.size }, sender, handlers, ctx);
  if (!begin.ok) return begin;
  let index = 0;
  for await (const piece of backupPieces(file, pieceBytes)) {
    const reply = await route({ type: 'backup:restore-piece', progressId, index: index++, text: piece }, sender, handlers, ctx);
    if (!reply.ok) return reply;
  }
  return route({ type: 'backup:restore-end', progressId }, sender, handlers, ctx);
}
