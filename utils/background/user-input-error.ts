/** A request that is well-formed but cannot be done as asked (unknown invoice, invalid settings); shown to the user. */
export class UserInputError extends Error {
  override name = 'UserInputError';
  constructor(
    message: string,
    readonly code: 'not-found' | 'invalid-input' = 'invalid-input',
  ) {
    super(message);
  }
}
