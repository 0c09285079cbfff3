/** A template the user edited, per language; the defaults live in utils/templates/. */
export interface TemplateOverride {
  id: string; // `${templateId}:${language}`
  templateId: string;
  language: 'fr' | 'en';
  subject: string;
  body: string;
  updatedAt: string;
}
