import type { StageId } from '../model/stage';

/** Templates of the ladder's stages, one per stage that sends a mail. */
export const STAGE_TEMPLATE_IDS = ['courtesy', 'reminder1', 'reminder2', 'last-reminder', 'formal-notice'] as const;
/** Templates answering what the debtor did or said, or recalling a step already taken (they never advance the ladder). */
export const REPLY_TEMPLATE_IDS = [
  'promise-not-kept',
  'payment-plan',
  'dispute-answer',
  'resend-invoice',
  'instalment-missed',
  'formal-notice-reminder',
] as const;
export const TEMPLATE_IDS = [...STAGE_TEMPLATE_IDS, ...REPLY_TEMPLATE_IDS] as const;

export type StageTemplateId = (typeof STAGE_TEMPLATE_IDS)[number];
export type ReplyTemplateId = (typeof REPLY_TEMPLATE_IDS)[number];
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The template a stage sends, if it sends one ('none' and 'judicial' do not). */
export function templateForStage(stage: StageId): StageTemplateId | undefined {
  return (STAGE_TEMPLATE_IDS as readonly string[]).includes(stage) ? (stage as StageTemplateId) : undefined;
}

/** Whether an id names one of the reply templates. */
export function isReplyTemplate(id: string | undefined): id is ReplyTemplateId {
  return id !== undefined && (REPLY_TEMPLATE_IDS as readonly string[]).includes(id);
}
