import { classifyReply } from '../detect/reply';
import { secondOpinion } from '../detect/second-opinion';
import type { ReplyPart } from './reply-part';

export const replyPart: ReplyPart = { classifyReply, secondOpinion };
