import type { ErrorCode } from '../errors/error-code';

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

/**
 * By name, not instanceof: the worker's rare part (handlers/rare-part.ts) is bundled apart with its own copy of the
 * class, and its refusals must still reach the user as such.
 */
export function isUserInputError(error: unknown): error is UserInputError {
  return error instanceof Error && error.name === 'UserInputError' && typeof (error as UserInputError).code === 'string';
}
