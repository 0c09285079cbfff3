import type { ComponentChildren } from 'preact';
import type { ClientSummary } from '../../utils/messages';

type ClientField = 'kind' | 'language';

export interface ClientChoiceProps {
  client: ClientSummary;
  field: ClientField;
  label: string;
  busy: boolean;
  onUpdate: (clientId: string, change: Partial<Pick<ClientSummary, ClientField>>) => void;
  children: ComponentChildren;
}

/** One of a client's settings in the clients table, saved as soon as it is changed. */
export function ClientChoice({ client, field, label, busy, onUpdate, children }: ClientChoiceProps) {
  return (
    <select aria-label={label} value={client[field]} disabled={busy} onChange={(e) => onUpdate(client.id, { [field]: e.currentTarget.value })}>
      {children}
    </select>
  );
}
