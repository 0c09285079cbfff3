/** Long work the background reports on to the page that started it. */
export type ProgressTask = 'restore' | 'import' | 'sync' | 'export';
/** checking: reading and verifying, nothing written yet; writing: the one transaction under way. */
export type ProgressStep = 'checking' | 'writing';

/** Called by long work as it goes; the count is of records (events hashed, records written). */
export type ProgressReport = (step: ProgressStep, done: number, total: number) => void;

/** Work nobody watches. */
export const NO_PROGRESS: ProgressReport = () => undefined;

/** At most one report per this share of the work (and each step's first and last): a page re-renders per report. */
const SHARE = 0.02;

/** Forwards a step's first and last counts and every 2 % between, so 200 000 records make ~50 messages, not 200 000. */
export function thinnedProgress(report: ProgressReport): ProgressReport {
  let lastStep: ProgressStep | undefined;
  let lastDone = 0;
  return (step, done, total) => {
    if (step === lastStep && done < total && done - lastDone < total * SHARE) return;
    lastStep = step;
    lastDone = done;
    report(step, done, total);
  };
}
