import { errorMessage } from '../errors/error-message';
import { UserInputError } from './user-input-error';

/** A document refuses what it cannot honestly claim: the user reads why. */
export function safely<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    return asUserError(error);
  }
}

export function asUserError(error: unknown): never {
  if (error instanceof UserInputError) throw error;
  throw new UserInputError(errorMessage(error));
}
