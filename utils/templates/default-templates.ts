import { TEMPLATES_EN } from './defaults-en';
import { TEMPLATES_FR } from './defaults-fr';
import type { Template } from './render';
import { TEMPLATE_IDS, type TemplateId } from './template-id';

/** The templates shipped with the extension, in both languages, by id. */
export const DEFAULT_TEMPLATES: Record<TemplateId, Template> = Object.fromEntries(
  TEMPLATE_IDS.map((id) => [id, { id, fr: TEMPLATES_FR[id], en: TEMPLATES_EN[id] }]),
) as Record<TemplateId, Template>;

/** A template as the user sees it: their override when they saved one, the default otherwise. */
export function templateFor(id: TemplateId, overrides: Partial<Record<TemplateId, Partial<Template>>> = {}): Template {
  const override = overrides[id];
  const base = DEFAULT_TEMPLATES[id];
  return { id, fr: override?.fr ?? base.fr, en: override?.en ?? base.en };
}
