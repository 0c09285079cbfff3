import { keyFor, type Translate } from '../i18n/translator';
import { ERROR_CODES, type ErrorCode, type ErrorReport } from './error-code';
import { errorMessage } from './error-message';

/**
 * Any error as one sentence in the user's language, from the catalogue entry `err_<code>`. Its `params` fill the
 * sentence; the codes without words of their own (`internal`, `invalid-input`...) show the English `message` as a
 * technical detail. An error that is not one of Relance's (a browser exception) reads as `internal`.
 */
export function explainError(error: unknown, t: Translate): string {
  const report = reportOf(error);
  return t(keyFor('err_', report.code), ...(report.params ?? [report.message]));
}

function reportOf(error: unknown): ErrorReport {
  const message = errorMessage(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const params = typeof error === 'object' && error !== null && 'params' in error && Array.isArray(error.params) ? error.params.map(String) : undefined;
  return isErrorCode(code) ? { code, message, ...(params ? { params } : {}) } : { code: 'internal', message };
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}
