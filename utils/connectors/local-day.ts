import { localDate } from '../calendar/today';
import type { MapContext } from './connector';

/** Unix seconds read in the user's own calendar (the machine's time zone), as the rest of Relance counts days. */
export const LOCAL_DAYS: MapContext = { dayOf: (seconds) => localDate(new Date(seconds * 1000)) };
