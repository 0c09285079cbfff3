const CHECK_HOUR = 8;

/** The next 08:00 local time after `now`, as epoch ms: reminders are prepared at the start of a working day. */
export function nextCheckTime(now: Date): number {
  const next = new Date(now);
  next.setHours(CHECK_HOUR, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime();
}
