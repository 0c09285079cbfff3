/** Ladder stages in order, from before the due date to court (see DESIGN.md "The ladder"). */
export const STAGES = ['none', 'courtesy', 'reminder1', 'reminder2', 'last-reminder', 'formal-notice', 'judicial'] as const;
export type StageId = (typeof STAGES)[number];
