import { DEFAULT_TEMPLATES } from '../../templates/default-templates';
import { TEMPLATE_IDS, type TemplateId } from '../../templates/template-id';
import type { TemplatesState } from '../../messages';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { UserInputError } from '../user-input-error';

/** Every template as the user currently has it (override or default), flagged when customised. */
async function templatesState(ctx: HandlerContext): Promise<TemplatesState> {
  const overrides = await ctx.store.templateOverrides();
  return {
    templates: TEMPLATE_IDS.map((id) => {
      const fr = overrides.find((o) => o.templateId === id && o.language === 'fr');
      const en = overrides.find((o) => o.templateId === id && o.language === 'en');
      return {
        id,
        fr: fr ? { subject: fr.subject, body: fr.body } : DEFAULT_TEMPLATES[id].fr,
        en: en ? { subject: en.subject, body: en.body } : DEFAULT_TEMPLATES[id].en,
        custom: { fr: !!fr, en: !!en },
      };
    }),
  };
}

function knownId(id: string): TemplateId {
  if (!(TEMPLATE_IDS as readonly string[]).includes(id)) throw new UserInputError(`Unknown template ${id}.`);
  return id as TemplateId;
}

export const getTemplates: Handler<'templates:get'> = async (_request, ctx) => templatesState(ctx);

/** Saves the user's version of one template in one language; the default stays available for a reset. */
export const saveTemplate: Handler<'templates:save'> = async ({ templateId, language, subject, body }, ctx) => {
  const id = knownId(templateId);
  if (!subject.trim() || !body.trim()) throw new UserInputError('A template needs a subject and a body.', 'template-incomplete');
  await ctx.store.exclusive(() =>
    ctx.store.putTemplateOverride({ id: `${id}:${language}`, templateId: id, language, subject, body, updatedAt: new Date().toISOString() }),
  );
  return templatesState(ctx);
};

/** Drops the user's version: the shipped default applies again. */
export const resetTemplate: Handler<'templates:reset'> = async ({ templateId, language }, ctx) => {
  const id = knownId(templateId);
  await ctx.store.exclusive(() => ctx.store.deleteTemplateOverride(`${id}:${language}`));
  return templatesState(ctx);
};

export const templatesHandlers = {
  'templates:get': getTemplates,
  'templates:save': saveTemplate,
  'templates:reset': resetTemplate,
} satisfies HandlersIn<'templates'>;
