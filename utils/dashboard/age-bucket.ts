/** Age buckets of overdue amounts, by days past the due date. */
export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** The bucket of an invoice `daysLate` days past due; undefined when it is not overdue yet. */
export function ageBucket(daysLate: number): AgeBucket | undefined {
  if (daysLate <= 0) return undefined;
  if (daysLate <= 30) return '0-30';
  if (daysLate <= 60) return '31-60';
  if (daysLate <= 90) return '61-90';
  return '90+';
}
