/**
 * Every connector's id, in the order the options page lists them (what our users have most first). Apart from the
 * connectors themselves so that the message schemas, in the worker's start code, do not carry their mapping.
 */
export const CONNECTOR_IDS = ['pennylane', 'qonto', 'stripe', 'invoice-ninja'] as const;

export type ConnectorId = (typeof CONNECTOR_IDS)[number];
