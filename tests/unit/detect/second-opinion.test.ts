import { describe, expect, it } from 'vitest';
import { readAnswer, secondOpinion, SECOND_OPINION_BELOW, type PromptModel, type PromptModelOptions } from '../../../utils/detect/second-opinion';
import type { ReplyClassification } from '../../../utils/detect/reply';

const RECEIVED = '2026-11-23T10:00:00+01:00'; // a Monday
const TEXT = 'Bonjour, on regarde ça avec la compta et on revient vers vous.\n\nLe 20 nov. 2026 à 09:00, Léa a écrit :\n> Facture F-2026-014 impayée';
const unsure: ReplyClassification = { kind: 'other', confidence: 0.5 };

/** A stand-in for Chrome's `LanguageModel`: answers what it is told to, and records how it was asked. */
class FakeModel implements PromptModel {
  calls: Array<{ input: string; schema: object }> = [];
  created: PromptModelOptions[] = [];
  destroyed = 0;
  constructor(
    private readonly reply: (input: string, signal?: AbortSignal) => Promise<string>,
    private readonly available = 'available',
  ) {}
  async availability(): Promise<string> {
    return this.available;
  }
  async create(options: PromptModelOptions) {
    this.created.push(options);
    return {
      prompt: (input: string, o: { responseConstraint: object; signal?: AbortSignal }) => {
        this.calls.push({ input, schema: o.responseConstraint });
        return this.reply(input, o.signal);
      },
      destroy: () => {
        this.destroyed++;
      },
    };
  }
}

const answering = (json: unknown) => new FakeModel(async () => JSON.stringify(json));

describe('second opinion from the on-device model', () => {
  it('decides a reply the rules were unsure of, with a schema-constrained answer, and says the model decided', async () => {
    const model = answering({ kind: 'promise', promisedDate: '2026-11-30' });
    const got = await secondOpinion(model, TEXT, RECEIVED, unsure);
    expect(got).toMatchObject({ kind: 'promise', promisedDate: '2026-11-30', reader: 'model' });
    expect(model.calls).toHaveLength(1);
    expect(model.calls[0].schema).toMatchObject({ required: ['kind', 'promisedDate'] });
    // Only the client's own words and the day they wrote, not the quoted history.
    expect(model.calls[0].input).toContain('on regarde ça avec la compta');
    expect(model.calls[0].input).toContain('2026-11-23');
    expect(model.calls[0].input).not.toContain('impayée');
    expect(model.created[0].expectedInputs[0].languages).toEqual(['fr']);
    expect(model.destroyed).toBe(1);
  });

  it('is not asked when the rules are confident', async () => {
    const model = answering({ kind: 'dispute', promisedDate: null });
    const rules: ReplyClassification = { kind: 'paid', confidence: SECOND_OPINION_BELOW + 0.1, phrase: 'virement effectué' };
    expect(await secondOpinion(model, 'Le virement a été effectué hier.', RECEIVED, rules)).toEqual({ ...rules, reader: 'rules' });
    expect(model.calls).toHaveLength(0);
  });

  it('leaves the rules standing when there is no model (Firefox, older Chrome)', async () => {
    expect(await secondOpinion(undefined, TEXT, RECEIVED, unsure)).toEqual({ ...unsure, reader: 'rules' });
  });

  it('leaves the rules standing when the model is unavailable or not downloaded yet, and never starts a download', async () => {
    for (const state of ['unavailable', 'downloadable', 'downloading']) {
      const model = new FakeModel(async () => '{"kind":"paid","promisedDate":null}', state);
      expect(await secondOpinion(model, TEXT, RECEIVED, unsure)).toMatchObject({ kind: 'other', reader: 'rules' });
      expect(model.created).toHaveLength(0);
    }
  });

  it('leaves the rules standing when the model times out, and aborts it', async () => {
    let aborted = false;
    const model = new FakeModel(
      (_input, signal) =>
        new Promise((resolve) => {
          signal?.addEventListener('abort', () => {
            aborted = true;
          });
          setTimeout(() => resolve('{"kind":"paid","promisedDate":null}'), 5000);
        }),
    );
    const started = Date.now();
    const got = await secondOpinion(model, TEXT, RECEIVED, unsure, 50);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(got).toMatchObject({ kind: 'other', reader: 'rules' });
    expect(aborted).toBe(true);
    expect(model.destroyed).toBe(1);
  });

  it('leaves the rules standing when the model answers garbage or throws', async () => {
    const garbage = ['', 'Sure! The kind is promise.', '{"kind":"maybe","promisedDate":null}', '{"kind":"promise"}', '[1,2]', 'null'];
    for (const raw of garbage) {
      expect(await secondOpinion(new FakeModel(async () => raw), TEXT, RECEIVED, unsure)).toMatchObject({ kind: 'other', reader: 'rules' });
    }
    const throwing = new FakeModel(async () => {
      throw new Error('NotSupportedError');
    });
    expect(await secondOpinion(throwing, TEXT, RECEIVED, unsure)).toMatchObject({ kind: 'other', reader: 'rules' });
    const broken: PromptModel = {
      availability: async () => 'available',
      create: async () => {
        throw new Error('no GPU');
      },
    };
    expect(await secondOpinion(broken, TEXT, RECEIVED, unsure)).toMatchObject({ kind: 'other', reader: 'rules' });
  });

  it('refuses a promised date that is not a real day, is in the past or is absurdly far', () => {
    expect(readAnswer('{"kind":"promise","promisedDate":"2026-02-30"}', '2026-01-10')).toBeUndefined();
    expect(readAnswer('{"kind":"promise","promisedDate":"2026-01-09"}', '2026-01-10')).toBeUndefined();
    expect(readAnswer('{"kind":"promise","promisedDate":"2031-01-09"}', '2026-01-10')).toBeUndefined();
    expect(readAnswer('{"kind":"promise","promisedDate":null}', '2026-01-10')).toEqual({ kind: 'promise' });
    expect(readAnswer('{"kind":"dispute","promisedDate":"2026-03-01"}', '2026-01-10')).toEqual({ kind: 'dispute' });
  });

  it("keeps the rules' phrase when the model agrees on the kind, and only adds a date the rules missed", async () => {
    const rules: ReplyClassification = { kind: 'promise', confidence: 0.6, phrase: 'on paie bientôt' };
    const got = await secondOpinion(answering({ kind: 'promise', promisedDate: '2026-12-04' }), 'On paie bientôt.', RECEIVED, rules);
    expect(got).toEqual({ kind: 'promise', confidence: 0.6, phrase: 'on paie bientôt', promisedDate: '2026-12-04', reader: 'model' });
  });
});
