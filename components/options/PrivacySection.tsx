import type { Language, Translate } from '../../utils/i18n/translator';
import { privacyPolicy } from '../../utils/privacy/policy';

export interface PrivacySectionProps {
  t: Translate;
  language: Language;
}

/** The privacy policy, in the interface's language: the same text as docs/privacy.md (one source, utils/privacy/). */
export function PrivacySection({ t, language }: PrivacySectionProps) {
  const policy = privacyPolicy(language);
  return (
    <section aria-labelledby="privacy-title" class="privacy-policy">
      <h2 id="privacy-title">{t('opt_privacy')}</h2>
      <details>
        <summary>{policy.title}</summary>
        <p>{policy.updated}</p>
        {policy.sections.map((section) => (
          <div key={section.heading}>
            <h3>{section.heading}</h3>
            {section.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
            {section.items && (
              <ul>
                {section.items.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </details>
    </section>
  );
}
