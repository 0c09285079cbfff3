import { toPlainText } from '../mail/plain-text';
import { missingVariableGap } from './variable-labels';
import type { Language } from '../model/language';

/** A subject and a body in one language, with {{variables}} and {{#name}}…{{/name}} / {{^name}}…{{/name}} sections. */
export interface TemplateText {
  subject: string;
  body: string;
}

/** A template in both languages (defaults, or a user's override of them). */
export interface Template {
  id: string;
  fr: TemplateText;
  en: TemplateText;
}

/** Values already formatted for the language; absent or empty = missing. */
export type TemplateVariables = Record<string, string | undefined>;

const SECTION = /\{\{([#^])\s*([\w-]+)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/g;
const VARIABLE = /\{\{\s*([\w-]+)\s*\}\}/g;

const present = (value: string | undefined) => value !== undefined && value.trim() !== '';

/** Renders a template (default or user override) to plain text; a missing variable leaves a visible gap, never "undefined". */
export function renderTemplate(template: Template | TemplateText, variables: TemplateVariables, language: Language): TemplateText {
  const text = 'subject' in template ? template : template[language];
  const subject = fill(toPlainText(text.subject), variables, language)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  const body = tidy(fill(toPlainText(text.body), variables, language));
  return { subject, body };
}

function fill(source: string, variables: TemplateVariables, language: Language): string {
  // Sections are resolved on the template only, innermost first; values are then substituted in one pass,
  // so text coming from a mail or the user can never open a section or inject another variable.
  let text = source;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(SECTION, (_m, mark: string, name: string, inner: string) => (present(variables[name]) === (mark === '#') ? inner : ''));
  }
  return text.replace(VARIABLE, (_m, name: string) => {
    const value = variables[name];
    return present(value) ? toPlainText(value as string) : missingVariableGap(name, language);
  });
}

/** Removes the blank lines and trailing spaces that dropped sections leave behind. */
function tidy(body: string): string {
  return body
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
