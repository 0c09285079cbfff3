import type { Language } from '../i18n/translator';
import { privacyPolicy } from './policy';

/** The policy as Markdown, French then English: the text of docs/privacy.md (`npm run docs:privacy` writes it). */
export function privacyPolicyMarkdown(languages: Language[] = ['fr', 'en']): string {
  return languages
    .map((language) => {
      const policy = privacyPolicy(language);
      const sections = policy.sections.map((s) =>
        [`## ${s.heading}`, ...s.paragraphs, ...(s.items ? [s.items.map((i) => `- ${i}`).join('\n')] : [])].join('\n\n'),
      );
      return [`# ${policy.title}`, policy.updated, ...sections].join('\n\n');
    })
    .join('\n\n---\n\n')
    .concat('\n');
}
