import { errorMessage } from '../errors/error-message';
import { UserInputError } from './user-input-error';

/** A document refuses what it cannot honestly claim (an invoice not yet due, mixed currencies): the user reads why. */
export function asUserError(error: unknown): never {
  if (error instanceof UserInputError) throw error;
  throw new UserInputError(errorMessage(error));
}
