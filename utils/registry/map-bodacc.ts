import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import { foldText } from '../detect/fold';
import type { CollectiveProceedings } from '../model/client';
import { compareCodeUnits } from '../model/compare-code-units';

// BODACC on opendatasoft, explore API v2.1, dataset annonces-commerciales: { total_count, results: [...] }.
// `jugement` is a JSON string ({type, famille, nature, date, complementJugement}); `registre` lists the SIREN with and without spaces.
// Schemas built on first use: the worker that wakes for every opened thread seldom reads this service (issue 17).
const announcement = lazily(() =>
  z.object({
    dateparution: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    familleavis: z.nullish(z.string()),
    tribunal: z.nullish(z.string()),
    registre: z.nullish(z.union([z.string(), z.array(z.string())])),
    jugement: z.nullish(z.union([z.string(), z.record(z.string(), z.unknown())])),
  }),
);
const answer = lazily(() => z.object({ results: z.array(z.unknown()) }));
const judgment = lazily(() => z.object({ famille: z.nullish(z.string()), nature: z.nullish(z.string()), date: z.nullish(z.string()) }));

/**
 * The collective proceeding a debtor is in, folded from its BODACC announcements (oldest first): an opening judgment
 * starts one (its publication date opens the two-month claim window), a conversion or a liquidation pronounced later
 * makes it a liquidation, a closing ends a sauvegarde or redressement (the company is back to normal) and is noted on
 * a liquidation (nothing left to chase either way). Undefined when none is running.
 */
export function proceedingsFromBodacc(payload: unknown, siren: string): CollectiveProceedings | undefined {
  const parsed = answer().safeParse(payload);
  if (!parsed.success) throw new Error('BODACC: unexpected answer shape');
  const records = parsed.data.results
    .map((r) => announcement().safeParse(r))
    .flatMap((r) => (r.success ? [r.data] : []))
    .filter((r) => r.familleavis === 'collective' && registers(r.registre).includes(siren))
    .sort((a, b) => compareCodeUnits(a.dateparution, b.dateparution));
  let state: CollectiveProceedings | undefined;
  for (const record of records) {
    const j = readJudgment(record.jugement);
    if (!j) continue;
    const words = foldText(`${j.famille ?? ''} ${j.nature ?? ''}`);
    const kind = kindOf(words);
    const judgedOn = j.date && /^\d{4}-\d{2}-\d{2}$/.test(j.date) ? j.date : undefined;
    if (/\bcloture\b/.test(words)) {
      if (state?.kind === 'liquidation' || kind === 'liquidation')
        state = { ...(state ?? { kind: 'liquidation', publishedOn: record.dateparution }), closedOn: record.dateparution };
      else state = undefined;
    } else if (/\bouverture\b/.test(words) && kind) {
      state = { kind, publishedOn: record.dateparution, ...(judgedOn ? { judgedOn } : {}), ...(record.tribunal ? { court: record.tribunal } : {}) };
    } else if (kind === 'liquidation' && /\b(conversion|prononcant|prononce)\b/.test(words)) {
      // The claim window stays the one the opening judgment started, when we saw it.
      state = {
        ...(state ?? { publishedOn: record.dateparution, ...(record.tribunal ? { court: record.tribunal } : {}) }),
        kind: 'liquidation',
        ...(judgedOn ? { judgedOn } : {}),
      };
    }
  }
  return state;
}

function registers(value: string | string[] | null | undefined): string[] {
  const list = Array.isArray(value) ? value : (value ?? '').split(',');
  return list.map((v) => v.replace(/\s/g, ''));
}

function readJudgment(value: string | Record<string, unknown> | null | undefined): z.infer<ReturnType<typeof judgment>> | undefined {
  if (!value) return undefined;
  try {
    const parsed = judgment().safeParse(typeof value === 'string' ? JSON.parse(value) : value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(words: string): CollectiveProceedings['kind'] | undefined {
  if (/\bliquidation\b/.test(words)) return 'liquidation';
  if (/\bredressement\b/.test(words)) return 'redressement';
  if (/\bsauvegarde\b/.test(words)) return 'sauvegarde';
  return undefined;
}
