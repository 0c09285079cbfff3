import { z } from 'zod';
import { isoDate } from './schema-primitives';

const days = z.number().int().min(-60).max(365);
const basisPoints = z.number().int().min(0).max(10_000);

/** A semester of rates the user corrected or added (utils/legal/rates.ts SemesterRates). */
export const semesterRatesSchema = z.object({
  semester: z.string().regex(/^\d{4}-S[12]$/),
  ecbRefiBp: basisPoints,
  ecbRefiSince: isoDate,
  legalRateNonProCreditorBp: basisPoints,
  legalRateOtherBp: basisPoints,
  legalRateReference: z.string().max(500),
  sources: z.array(z.string().max(2_000)).max(20),
});

/** What a saved Settings object must look like (utils/model/settings.ts): checked when saved, and when a backup is restored. */
export const settingsSchema = z.object({
  creditor: z.object({
    name: z.string().max(300),
    legalForm: z.string().max(100).optional(),
    siren: z.string().max(20).optional(),
    vatId: z.string().max(30).optional(),
    address: z.array(z.string().max(300)).max(8).optional(),
    city: z.string().max(100).optional(),
    iban: z.string().max(40).optional(),
    bic: z.string().max(15).optional(),
    email: z.string().max(320).optional(),
    representative: z.string().max(200).optional(),
    signature: z.string().max(2_000).optional(),
  }),
  language: z.enum(['fr', 'en']),
  paymentTermsDays: z.number().int().min(0).max(120),
  contractualRate: z.number().min(0).max(100).optional(),
  formalNoticeDeadlineDays: z.number().int().min(1).max(60),
  ladder: z.object({ courtesy: days, reminder1: days, reminder2: days, 'last-reminder': days, 'formal-notice': days }),
  courtesyEnabled: z.boolean(),
  groupByClient: z.boolean(),
  onboarded: z.boolean(),
  department: z.enum(['57', '67', '68']).optional(),
  rateOverrides: z.array(semesterRatesSchema).max(100).optional(),
  secondOpinion: z.boolean().optional(),
});
