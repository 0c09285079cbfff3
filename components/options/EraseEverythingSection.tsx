import { useMemo } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/translator';
import { Notice } from '../common/Notice';
import { useStore } from '../common/store';
import { createEraseStore } from './erase-everything-state';
import { explainError } from '../../utils/errors/explain-error';

export interface EraseEverythingSectionProps {
  t: Translate;
}

/** "Tout supprimer": what goes, a backup first, a ticked box, then the database, the keys and the granted hosts go. */
export function EraseEverythingSection({ t }: EraseEverythingSectionProps) {
  const flow = useMemo(createEraseStore, []);
  const s = useStore(flow.store);
  return (
    <section aria-labelledby="erase-title" class="erase-everything">
      <h2 id="erase-title">{t('erase_title')}</h2>
      <p>{t('erase_intro')}</p>
      {s.phase === 'closed' && (
        <button type="button" class="danger" onClick={flow.open}>
          {t('erase_open')}
        </button>
      )}
      {(s.phase === 'asking' || s.phase === 'erasing') && (
        <div class="erase-confirm">
          <ul>
            <li>{t('erase_what_db')}</li>
            <li>{t('erase_what_keys')}</li>
            <li>{t('erase_what_hosts')}</li>
          </ul>
          <p>{t('erase_backup_first')}</p>
          <button type="button" disabled={s.busy} onClick={() => void flow.backup()}>
            {t('erase_backup')}
          </button>
          {s.backedUp && <p role="status">{t('erase_backup_done')}</p>}
          <label>
            <input type="checkbox" checked={s.understood} onChange={(e) => flow.setUnderstood((e.currentTarget as HTMLInputElement).checked)} />
            {t('erase_understood')}
          </label>
          <div class="toolbar">
            <button type="button" class="danger" disabled={!s.understood || s.busy} onClick={() => void flow.erase()}>
              {s.phase === 'erasing' ? t('erase_erasing') : t('erase_confirm')}
            </button>
            <button type="button" disabled={s.busy} onClick={flow.cancel}>
              {t('erase_cancel')}
            </button>
          </div>
        </div>
      )}
      {s.phase === 'done' && <Notice tone="ok" text={t('erase_done', String(s.removedOrigins ?? 0))} />}
      <Notice tone="error" text={s.error === undefined ? undefined : explainError(s.error, t)} />
    </section>
  );
}
