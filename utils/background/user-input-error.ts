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
