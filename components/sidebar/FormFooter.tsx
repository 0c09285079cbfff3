import type { Translate } from '../../utils/i18n/translator';

export interface FormFooterProps {
  /** Why the last save was refused; nothing when there is no problem. */
  problem: string;
  saveLabel: string;
  t: Translate;
  onCancel: () => void;
  /** On the save button, e.g. to refuse a synthetic click. */
  onSaveClick?: (event: MouseEvent) => void;
}

/** The end of a sidebar form: the problem that stopped the save, then save and cancel. */
export function FormFooter({ problem, saveLabel, t, onCancel, onSaveClick }: FormFooterProps) {
  return (
    <>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" onClick={onSaveClick}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('sb_add_cancel')}
        </button>
      </div>
    </>
  );
}
