/**
 * The learned reader measured on writers it never read: for each outside writer's set, a model trained on every other
 * labelled reply (never the holdout nor a held-back set) votes with the rules on that writer's replies. A model trained on a set
 * scores its own training data there; these are the figures that say what a new writer gets. The rules were tuned on
 * most of these sets, so the figures are the model's share measured honestly, not the rules'.
 */
import { loadReplyCases, SPLITS, type ReplyCase, type Split } from '../../tests/fixtures/mails/corpus';
import { classifyReply, replyFeaturesOfText } from '../../utils/detect/reply';
import { unpackNaiveBayes } from '../../utils/detect/naive-bayes';
import { SHIPPED_OPTIONS, trainable, trainReplyKindModel, type TrainingOptions } from './train';

/** Sets written by someone outside the project (all but the rules' author's dev and holdout), each by one writer: the ones a model can be left out of. */
export const OUTSIDE_WRITERS: Split[] = SPLITS.filter((s) => s !== 'dev' && s !== 'holdout');

export interface WriterFigures {
  split: Split;
  replies: number;
  replyKindAccuracy: number;
  promisedDateAccuracy: number;
}

const ratio = (ok: number, all: number) => (all === 0 ? 1 : Math.round((ok / all) * 1000) / 1000);

export function leaveOneWriterOut(options: TrainingOptions = SHIPPED_OPTIONS, cases: ReplyCase[] = loadReplyCases()): WriterFigures[] {
  const usable = cases.filter((c) => trainable(c.split));
  const features = new Map(usable.map((c) => [c, replyFeaturesOfText(c.text)]));
  return OUTSIDE_WRITERS.filter((w) => usable.some((c) => c.split === w)).map((split) => {
    const model = unpackNaiveBayes(
      trainReplyKindModel(
        usable.filter((c) => c.split !== split).map((c) => ({ features: features.get(c)!, kind: c.kind })),
        options,
      ),
    );
    const mine = usable.filter((c) => c.split === split);
    let kindOk = 0;
    let dateOk = 0;
    let dateAll = 0;
    for (const c of mine) {
      const got = classifyReply(c.text, c.receivedAt, model);
      if (got.kind === c.kind) kindOk++;
      if (c.kind === 'promise') {
        dateAll++;
        if (got.promisedDate === c.promisedDate) dateOk++;
      }
    }
    return { split, replies: mine.length, replyKindAccuracy: ratio(kindOk, mine.length), promisedDateAccuracy: ratio(dateOk, dateAll) };
  });
}
