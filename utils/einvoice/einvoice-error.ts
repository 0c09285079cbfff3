import type { EInvoiceFailureReason } from './types';

/** A failure with a reason the UI can explain; thrown inside the module, turned into a result at its edge. */
export class EInvoiceError extends Error {
  constructor(
    readonly reason: EInvoiceFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'EInvoiceError';
  }
}
