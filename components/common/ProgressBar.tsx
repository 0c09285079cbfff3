import { keyFor, type Language, type Translate } from '../../utils/i18n/translator';
import type { ProgressEvent } from '../../utils/messages';

interface Props {
  progress: ProgressEvent;
  language: Language;
  t: Translate;
  /** Offered only for tasks that can stop leaving nothing half-written. */
  onCancel?(): void;
}

/** A long task under way: what is being done, and how many of how many. */
export function ProgressBar({ progress, language, t, onCancel }: Props) {
  const count = (n: number) => n.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');
  const label = `${t(keyFor('progress_task_', progress.task))} — ${t(keyFor('progress_', progress.step), count(progress.done), count(progress.total))}`;
  return (
    <div class="progress" role="status" data-testid="progress">
      <label>
        {label}
        <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={label} />
      </label>
      {onCancel && (
        <button type="button" class="button" onClick={onCancel}>
          {t('progress_cancel')}
        </button>
      )}
    </div>
  );
}
