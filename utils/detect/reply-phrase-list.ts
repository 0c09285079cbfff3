/** The reply reader's phrases in the order it reads them, and which of them can match a text (utils/detect/phrase-index.ts). */
import { phraseIndex, type CandidateExpressions } from './phrase-index';
import { REPLY_GRAMMAR } from './reply-grammar';
import { REPLY_PHRASE_ANCHORS } from './reply-phrase-anchors';
import { REPLY_PHRASES } from './reply-phrases';

export const REPLY_PHRASE_LIST = [...REPLY_PHRASES, ...REPLY_GRAMMAR];

/** One flag per phrase of REPLY_PHRASE_LIST, 1 where it may match a text: the others cannot. The index is built on first use (~3 ms cold). */
export const replyPhraseCandidates: CandidateExpressions = phraseIndex(
  REPLY_PHRASE_LIST.map((phrase) => phrase.re),
  REPLY_PHRASE_ANCHORS,
);
