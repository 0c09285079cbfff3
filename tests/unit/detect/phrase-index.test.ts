import { describe, expect, it } from 'vitest';
import { expressionChecksum, phraseIndex } from '../../../utils/detect/phrase-index';
import { foldText } from '../../../utils/detect/fold';
import { cleanMailText } from '../../../utils/detect/mail-text';
import { DATE_RULE_ANCHORS, REPLY_PHRASE_ANCHORS } from '../../../utils/detect/reply-phrase-anchors';
import { DATE_RULE_EXPRESSIONS, dateRuleCandidates } from '../../../utils/detect/promised-date';
import { REPLY_PHRASE_LIST, replyPhraseCandidates } from '../../../utils/detect/reply-phrase-list';
import { phraseAnchors } from '../../../scripts/phrase-anchors/anchors';
import { loadReplyCases } from '../../fixtures/mails/corpus';

const PAID = /\b(?:vire|paie)ment (?:effectue|envoye)\b/;
const LATER = /\bla semaine prochaine\b/;
const flags = (candidates: Uint8Array) => [...candidates];

describe('the phrase index', () => {
  const index = phraseIndex(
    [PAID, LATER],
    [
      [expressionChecksum(PAID), ['virement', 'paiement']],
      [expressionChecksum(LATER), ['prochain']],
    ],
  );

  it('names as candidates the expressions one of whose anchors is in the text, wherever it stands', () => {
    expect(flags(index('virement effectue hier'))).toEqual([1, 0]);
    expect(flags(index('ce sera fait la semaine prochaine, pour le paiement'))).toEqual([1, 1]);
    expect(flags(index('je regarde'))).toEqual([0, 0]);
    expect(flags(index('prochain'))).toEqual([0, 1]);
    // Two-byte text (a "’" in it) is read the same.
    expect(flags(index('l’équipe: paiement envoye'))).toEqual([1, 0]);
  });

  it('does not take part of an anchor for the anchor', () => {
    expect(flags(index('paiemen vire ment'))).toEqual([0, 0]);
  });

  it('always runs an expression whose anchors were read from another version of it, or are too short to file', () => {
    const changed = phraseIndex(
      [PAID, LATER],
      [
        [expressionChecksum(/\bvirement\b/), ['virement']],
        [expressionChecksum(LATER), ['la']],
      ],
    );
    expect(flags(changed('bonjour'))).toEqual([1, 1]);
    expect(flags(phraseIndex([PAID], [])('bonjour'))).toEqual([1]);
  });

  it('ships the anchors the reply phrases give now (npm run phrases:anchors)', () => {
    expect(REPLY_PHRASE_ANCHORS).toEqual(phraseAnchors(REPLY_PHRASE_LIST.map((phrase) => phrase.re)));
    // All but a few phrases have anchors: the index is what makes a reply's reading cheap.
    expect(REPLY_PHRASE_ANCHORS.filter(([, anchors]) => anchors.length > 0).length).toBeGreaterThan(REPLY_PHRASE_LIST.length * 0.9);
  });

  it("ships the anchors the promised dates' rules give now (npm run phrases:anchors)", () => {
    expect(DATE_RULE_ANCHORS).toEqual(phraseAnchors(DATE_RULE_EXPRESSIONS));
    expect(DATE_RULE_ANCHORS.filter(([, anchors]) => anchors.length > 0).length).toBeGreaterThan(DATE_RULE_EXPRESSIONS.length * 0.8);
  });

  it('never leaves out a date rule that matches: every reply of every labelled set, folded', () => {
    const { matched, skipped } = readEveryReply(DATE_RULE_EXPRESSIONS, dateRuleCandidates);
    expect(matched).toBeGreaterThan(1000);
    expect(skipped / (loadReplyCases().length * 2 * DATE_RULE_EXPRESSIONS.length)).toBeGreaterThan(0.5);
  });

  it('never leaves out a phrase that matches: every reply of every labelled set, whole and folded', () => {
    const { matched, skipped } = readEveryReply(
      REPLY_PHRASE_LIST.map((phrase) => phrase.re),
      replyPhraseCandidates,
    );
    expect(matched).toBeGreaterThan(1000);
    // And it leaves out most of those that do not.
    expect(skipped / (loadReplyCases().length * 2 * REPLY_PHRASE_LIST.length)).toBeGreaterThan(0.7);
  });
});

/**
 * Every labelled reply, folded, as read and with a two-byte character added: each expression that matches it must be
 * among its candidates. Counts the matches and the expressions left out.
 */
function readEveryReply(expressions: readonly RegExp[], candidatesOf: (text: string) => Uint8Array): { matched: number; skipped: number } {
  let matched = 0;
  let skipped = 0;
  for (const reply of loadReplyCases()) {
    const folded = foldText(cleanMailText(reply.text, 20_000));
    for (const text of [folded, `${folded} \u2713`]) {
      const candidates = candidatesOf(text);
      expressions.forEach((re, i) => {
        // The date rules are global: each test starts from the text's beginning.
        re.lastIndex = 0;
        if (re.test(text)) {
          matched++;
          expect(candidates[i], `${reply.id}: ${re.source.slice(0, 60)}`).toBe(1);
        } else if (!candidates[i]) skipped++;
      });
    }
  }
  return { matched, skipped };
}
