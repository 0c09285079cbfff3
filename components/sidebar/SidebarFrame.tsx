import type { ComponentChildren } from 'preact';
import type { Translate } from '../../utils/i18n/translator';

interface Props {
  open: boolean;
  onToggle: () => void;
  t: Translate;
  children: ComponentChildren;
}

/** The collapsible panel at the right of the webmail: a small tab when closed. */
export function SidebarFrame({ open, onToggle, t, children }: Props) {
  if (!open) {
    return (
      <button type="button" class="tab" aria-expanded="false" aria-controls="relance-panel" onClick={onToggle} title={t('sb_open')}>
        <span aria-hidden="true">€</span>
        <span class="sr">{t('sb_open')}</span>
      </button>
    );
  }
  return (
    <aside id="relance-panel" class="panel" aria-label={t('sb_title')}>
      <header class="head">
        <h1>{t('sb_title')}</h1>
        <button type="button" class="icon" aria-expanded="true" aria-controls="relance-panel" onClick={onToggle} title={t('sb_close')}>
          <span aria-hidden="true">›</span>
          <span class="sr">{t('sb_close')}</span>
        </button>
      </header>
      <div class="body">{children}</div>
    </aside>
  );
}
