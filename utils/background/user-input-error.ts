import type { ErrorCode } from '../errors/error-code';
import { isErrorNamed } from '../errors/error-named';

/** A request that is well-formed but cannot be done as asked (unknown invoice, invalid settings); shown to the user. */
export class UserInputError extends Error {
  override name = 'UserInputError';
  constructor(
    /** The technical detail, in English. */
    message: string,
    readonly code: ErrorCode = 'invalid-input',
    /** What fills the code's sentence (utils/errors/explain-error.ts). */
    readonly params?: string[],
  ) {
    super(message);
  }
}

/** A UserInputError from any part of the worker (utils/errors/error-named.ts). */
export function isUserInputError(error: unknown): error is UserInputError {
  return isErrorNamed(error, 'UserInputError') && typeof (error as UserInputError).code === 'string';
}
