import { useRef } from 'preact/hooks';
import type { Language, Translate } from '../../utils/i18n/translator';
import { LanguageSelect } from '../common/LanguageSelect';
import type { DashboardActions } from './dashboard-store';

export interface DashboardHeaderProps {
  language: Language;
  panel: 'none' | 'new' | 'import';
  busy: boolean;
  optionsUrl: string;
  t: Translate;
  actions: Pick<DashboardActions, 'setLanguage' | 'showPanel' | 'backup' | 'restore'>;
}

/** Title, language, and the page-wide actions: add, import, backup, restore, settings. */
export function DashboardHeader({ language, panel, busy, optionsUrl, t, actions }: DashboardHeaderProps) {
  const restoreInput = useRef<HTMLInputElement>(null);
  return (
    <header>
      <a class="skip-link" href="#invoices">
        {t('dash_skip')}
      </a>
      <div class="toolbar" style={{ justifyContent: 'space-between' }}>
        <h1>{t('dash_title')}</h1>
        <LanguageSelect id="language" label={t('dash_language')} value={language} t={t} onChange={actions.setLanguage} />
      </div>
      <nav class="toolbar" aria-label={t('dash_title')}>
        <button type="button" aria-expanded={panel === 'new'} aria-controls="side-panel" onClick={() => actions.showPanel('new')}>
          {t('dash_add')}
        </button>
        <button type="button" aria-expanded={panel === 'import'} aria-controls="side-panel" onClick={() => actions.showPanel('import')}>
          {t('dash_import')}
        </button>
        <button type="button" disabled={busy} onClick={actions.backup}>
          {t('dash_backup')}
        </button>
        <button type="button" disabled={busy} onClick={() => restoreInput.current?.click()}>
          {t('dash_restore')}
        </button>
        {/* The file picker is opened by the button above, so keyboard users get a real, focusable control. */}
        <input
          ref={restoreInput}
          data-testid="restore-file"
          hidden
          type="file"
          accept=".json,application/json"
          onChange={(e) => e.currentTarget.files?.[0] && actions.restore(e.currentTarget.files[0])}
        />
        <a class="button" href={optionsUrl}>
          {t('dash_settings')}
        </a>
      </nav>
    </header>
  );
}
