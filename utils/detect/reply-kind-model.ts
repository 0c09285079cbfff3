/**
 * The learned half of the reply reader: a naive Bayes model (naive-bayes.ts) over replyFeatures, trained on the
 * labelled replies of many writers (scripts/learned-readers), and its vote with the rules. Rules tuned on one writer's mail carry little to
 * the next writer; a word model trained on several writers carries more, and the vote beats either alone on a writer
 * neither has seen (scripts/experiments/learned-reply-kind). The rules keep the deciding phrase and the promised date.
 */
import type { ReplyKind } from './reply-kind';

/** The reply model's classes, in the order of its weights. */
export const MODEL_KINDS: readonly ReplyKind[] = ['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other'];

/** How much the rules' reading counts against the model's probabilities (chosen by leaving one writer out). */
export const RULES_WEIGHT = 1;
/**
 * "Other" is the model finding no clue it knows; it does not outvote rules this sure of a kind ("je regarde ça ce soir et
 * je vous paie demain" is a promise whatever words usually come with "je regarde ça").
 */
export const RULES_SURE = 0.8;
/** The kinds the rules read from a payment's own words; a robot or a request is a matter of style, where the model is better. */
const SURE_KINDS: ReadonlySet<ReplyKind> = new Set<ReplyKind>(['promise', 'paid', 'dispute', 'plan']);

/**
 * The rules' kind, weighted by their confidence, added to the model's probabilities: the highest wins. Confidence is
 * the winner's share of the whole, so a disagreement reads as unsure.
 */
export function voteReplyKind(
  rules: { kind: ReplyKind; confidence: number },
  probabilities: number[],
  rulesWeight = RULES_WEIGHT,
): { kind: ReplyKind; confidence: number } {
  const scores = [...probabilities];
  scores[MODEL_KINDS.indexOf(rules.kind)] += rulesWeight * rules.confidence;
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  if (MODEL_KINDS[best] === 'other' && SURE_KINDS.has(rules.kind) && rules.confidence >= RULES_SURE) best = MODEL_KINDS.indexOf(rules.kind);
  const confidence = Math.round(Math.min(0.97, scores[best] / (1 + rulesWeight * rules.confidence)) * 100) / 100;
  return { kind: MODEL_KINDS[best], confidence };
}
