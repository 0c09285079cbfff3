/**
 * Whether `error` is the error its class names `name`, whichever copy of the class threw it: the worker's parts are
 * bundled apart (utils/background/worker-part.ts), each with its own copy of the classes it imports, so an error the
 * store or the progress hub throws into a rare handler is not an instance of that handler's copy.
 */
export function isErrorNamed(error: unknown, name: string): error is Error {
  return error instanceof Error && error.name === name;
}
