import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_DATA_FILES, modelDataSource, shippedModelsFromCorpus } from '../../../scripts/learned-readers/build';
import { trainReplyKindModel } from '../../../scripts/learned-readers/train';
import { classProbabilities, featureIndex, unpackNaiveBayes } from '../../../utils/detect/naive-bayes';
import { classifyReply } from '../../../utils/detect/reply';
import { MODEL_KINDS, voteReplyKind } from '../../../utils/detect/reply-kind-model';

const RECEIVED = '2026-11-03T10:00:00+01:00';
const at = (kind: (typeof MODEL_KINDS)[number], p: number) => MODEL_KINDS.map((k) => (k === kind ? p : (1 - p) / (MODEL_KINDS.length - 1)));

describe('the learned reader voting with the rules', () => {
  it('keeps the rules’ kind when the model agrees, with a high confidence', () => {
    expect(voteReplyKind({ kind: 'paid', confidence: 0.9 }, at('paid', 0.8))).toEqual({ kind: 'paid', confidence: 0.89 });
  });

  it('lets a sure model overrule unsure rules, and then says it is unsure (the on-device model may be asked)', () => {
    const voted = voteReplyKind({ kind: 'other', confidence: 0.5 }, at('dispute', 0.95));
    expect(voted.kind).toBe('dispute');
    expect(voted.confidence).toBeLessThan(0.7);
  });

  it('does not let "nothing I know" from the model outvote rules sure of a kind', () => {
    expect(voteReplyKind({ kind: 'promise', confidence: 0.9 }, at('other', 0.99)).kind).toBe('promise');
    expect(voteReplyKind({ kind: 'promise', confidence: 0.6 }, at('other', 0.99)).kind).toBe('other');
  });

  it('keeps sure rules against a hesitant model', () => {
    expect(voteReplyKind({ kind: 'promise', confidence: 0.9 }, at('plan', 0.6)).kind).toBe('promise');
  });

  it('leaves a decisive phrase to the rules ("would it be OK if we pay next Tuesday?")', () => {
    expect(classifyReply('Would it be OK if we pay next Tuesday?', RECEIVED)).toMatchObject({ kind: 'promise', promisedDate: '2026-11-10' });
  });

  it('reads a reply the rules alone miss, and still takes the promised day from the text', () => {
    const text = "Sorry for the silence, month-end chaos here. You'll have it Friday, promise.";
    expect(classifyReply(text, RECEIVED)).toMatchObject({ kind: 'promise', promisedDate: '2026-11-06' });
  });
});

describe('the models as shipped', () => {
  it('are what training on the labelled corpus gives (retrain with npm run model:train)', () => {
    const trained = shippedModelsFromCorpus();
    expect(readFileSync(MODEL_DATA_FILES['reply-kind'], 'utf8')).toBe(modelDataSource(trained['reply-kind']));
    expect(readFileSync(MODEL_DATA_FILES.invoice, 'utf8')).toBe(modelDataSource(trained.invoice));
  });

  it('unpacks every feature it was trained on, and scores like the weights it was given', () => {
    const packed = trainReplyKindModel(
      [
        { features: ['paid', 'virement', 'virement fait'], kind: 'paid' },
        { features: ['paid', 'virement', 'virement fait', 'ce matin'], kind: 'paid' },
        { features: ['payerons', 'virement', 'vendredi'], kind: 'promise' },
        { features: ['payerons', 'vendredi', 'virement'], kind: 'promise' },
      ],
      { alpha: 0.5, minReplies: 2, minSpread: 0, step: 0.1, temperature: 1 },
    );
    const model = unpackNaiveBayes(packed);
    const kept = ['paid', 'payerons', 'vendredi', 'virement', 'virement fait'];
    expect(kept.map((feature) => featureIndex(model, feature))).toEqual([0, 1, 2, 3, 4]);
    expect(featureIndex(model, 'ce matin')).toBe(-1);
    const p = classProbabilities(model, ['virement fait', 'paid']);
    expect(Math.max(...p)).toBe(p[MODEL_KINDS.indexOf('paid')]);
    expect(p[MODEL_KINDS.indexOf('paid')]).toBeGreaterThan(3 * p[MODEL_KINDS.indexOf('promise')]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
