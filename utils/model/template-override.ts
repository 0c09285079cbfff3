/** A template the user edited, per language; the defaults live in utils/templates/. */
import type { Language } from './language';
export interface TemplateOverride {
  id: string; // `${templateId}:${language}`
  templateId: string;
  language: Language;
  subject: string;
  body: string;
  updatedAt: string;
}
