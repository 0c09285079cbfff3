import type { Translate } from '../../utils/i18n/translator';
import type { ModelState } from '../../utils/on-device/built-in-model';

interface Props {
  checked: boolean;
  /** undefined while the browser is being asked. */
  modelState?: ModelState;
  t: Translate;
  onChange: (on: boolean) => void;
}

const STATE_TEXT = {
  absent: 'opt_model_absent',
  unavailable: 'opt_model_unavailable',
  downloadable: 'opt_model_downloadable',
  downloading: 'opt_model_downloading',
  available: 'opt_model_available',
} as const;

/** The switch for the on-device model's second opinion on unsure replies, with what this browser offers. */
export function SecondOpinionField({ checked, modelState, t, onChange }: Props) {
  const usable = modelState !== 'absent' && modelState !== 'unavailable';
  return (
    <fieldset>
      <legend>{t('opt_second_opinion_title')}</legend>
      <label class="check">
        <input
          type="checkbox"
          id="opt-secondOpinion"
          checked={checked}
          disabled={!usable && !checked}
          aria-describedby="opt-second-opinion-help"
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        {t('opt_second_opinion')}
      </label>
      <p id="opt-second-opinion-help" class="hint">
        {t('opt_second_opinion_help')}{' '}
        {modelState && (
          <span role="status" data-model-state={modelState}>
            {t(STATE_TEXT[modelState])}
          </span>
        )}
      </p>
    </fieldset>
  );
}
