import type { LetterState } from './letter-store';
import { LetterBlock } from './LetterBlock';

interface Props {
  state: LetterState;
  onPrint: () => void;
}

/** A letter laid out on A4 sheets, with a bar (hidden when printing) to print it or save it as PDF. */
export function LetterApp({ state, onPrint }: Props) {
  const { t } = state;
  return (
    <>
      <div class="letter-bar" role="toolbar" aria-label={t('letter_toolbar')}>
        <button type="button" class="primary" disabled={state.status !== 'ready'} onClick={onPrint}>
          {t('letter_print')}
        </button>
        <span>{t('letter_hint')}</span>
      </div>
      {state.status === 'loading' && <p class="letter-status">{t('letter_loading')}</p>}
      {state.status === 'error' && (
        <p class="letter-status" role="alert">
          {state.error}
        </p>
      )}
      {state.document && (
        <main class="sheet" data-testid="letter-sheet">
          {state.document.blocks.map((block, index) => (
            <LetterBlock key={index} block={block} />
          ))}
        </main>
      )}
    </>
  );
}
