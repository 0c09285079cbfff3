import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import { isoDate, text } from './schema-primitives';

const days = z.int().check(z.minimum(-60), z.maximum(365));
const basisPoints = z.int().check(z.minimum(0), z.maximum(10_000));

/** A semester of rates the user corrected or added (utils/legal/rates.ts SemesterRates). */
const semesterRatesSchema = lazily(() =>
  z.object({
    semester: z.string().check(z.regex(/^\d{4}-S[12]$/)),
    ecbRefiBp: basisPoints,
    ecbRefiSince: isoDate,
    legalRateNonProCreditorBp: basisPoints,
    legalRateOtherBp: basisPoints,
    legalRateReference: text(500),
    sources: z.array(text(2_000)).check(z.maxLength(20)),
  }),
);

/** What a saved Settings object must look like (utils/model/settings.ts): checked when saved, and when a backup is restored. */
export const settingsSchema = lazily(() =>
  z.object({
    creditor: z.object({
      name: text(300),
      legalForm: z.optional(text(100)),
      siren: z.optional(text(20)),
      vatId: z.optional(text(30)),
      address: z.optional(z.array(text(300)).check(z.maxLength(8))),
      city: z.optional(text(100)),
      iban: z.optional(text(40)),
      bic: z.optional(text(15)),
      email: z.optional(text(320)),
      representative: z.optional(text(200)),
      signature: z.optional(text(2_000)),
    }),
    language: z.enum(['fr', 'en']),
    paymentTermsDays: z.int().check(z.minimum(0), z.maximum(120)),
    contractualRate: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    formalNoticeDeadlineDays: z.int().check(z.minimum(1), z.maximum(60)),
    ladder: z.object({ courtesy: days, reminder1: days, reminder2: days, 'last-reminder': days, 'formal-notice': days }),
    courtesyEnabled: z.boolean(),
    groupByClient: z.boolean(),
    onboarded: z.boolean(),
    department: z.optional(z.enum(['57', '67', '68'])),
    rateOverrides: z.optional(z.array(semesterRatesSchema()).check(z.maxLength(100))),
    secondOpinion: z.optional(z.boolean()),
  }),
);
