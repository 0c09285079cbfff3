/** The technical text of anything thrown: an Error's message, else the value as text (a rejected string, a DOMException-like object). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
