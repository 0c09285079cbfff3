import type { ApiClient } from './api-client';
import { ConnectorError } from './connector-error';
import type { MapContext } from './connector';
import { compactTrackingNumber, type LetterStatus, type LetterStatusKind } from '../model/letter-status';
import { compareCodeUnits } from '../model/compare-code-units';

/** La Poste's tracking API ("Suivi" v2, developer.laposte.fr): the optional host asked for when the user gives a key. */
export const LAPOSTE_TRACKING_ORIGINS = ['https://api.laposte.fr/*'];
const BASE = 'https://api.laposte.fr/suivi/v2/idships/';

// Event codes of the Suivi v2 API that matter for a registered letter. PC = taken in charge (deposit), MD2 = out for
// delivery (presentation), AG1 = waiting at the post office (notice left, "avisé"), DI0/DI1 = delivered,
// DI2/RE1 = returned to the sender. Transit and customs codes (ET, EP, DO, DR) say nothing the ladder needs.
const CODES: Record<string, LetterStatusKind> = {
  PC1: 'deposited',
  PC2: 'deposited',
  MD2: 'presented',
  AG1: 'notice-left',
  DI0: 'delivered',
  DI1: 'delivered',
  DI2: 'returned',
  RE1: 'returned',
};

/** The statuses of a letter La Poste reports, oldest first, each with its day in the user's calendar. */
export async function fetchLetterStatuses(api: ApiClient, key: string, trackingNumber: string, map: MapContext): Promise<LetterStatus[]> {
  const number = compactTrackingNumber(trackingNumber);
  let body: unknown;
  try {
    body = await api.getJson(`${BASE}${encodeURIComponent(number)}?lang=fr_FR`, { 'X-Okapi-Key': key }, 'La Poste');
  } catch (error) {
    // 404: La Poste does not know the number yet (a letter posted today) or it was mistyped: nothing to record.
    if (error instanceof ConnectorError && error.status === 404) return [];
    throw error;
  }
  return mapLaPosteShipment(body, number, map);
}

/** Maps a Suivi v2 answer (`shipment.event[]`, newest first) to our statuses; unknown codes are left out. */
export function mapLaPosteShipment(body: unknown, trackingNumber: string, map: MapContext): LetterStatus[] {
  const events = (body as { shipment?: { event?: unknown } })?.shipment?.event;
  if (!Array.isArray(events)) throw new ConnectorError('bad-answer', 'La Poste: the answer has no shipment events');
  const statuses: LetterStatus[] = [];
  for (const event of events as Array<{ code?: unknown; date?: unknown; label?: unknown }>) {
    const status = typeof event.code === 'string' ? CODES[event.code] : undefined;
    const at = typeof event.date === 'string' ? Date.parse(event.date) : NaN;
    if (!status || Number.isNaN(at)) continue;
    statuses.push({
      trackingNumber,
      status,
      on: map.dayOf(at / 1000),
      code: event.code as string,
      ...(typeof event.label === 'string' ? { label: event.label.slice(0, 300) } : {}),
    });
  }
  return statuses.sort((a, b) => compareCodeUnits(a.on, b.on));
}
