import { browser } from 'wxt/browser';
import { localDate } from '../calendar/today';
import { refreshRemoteSources } from './refresh-remote-sources';
import type { RelanceStore } from '../store/relance-store';
import { dailyCheck, type DailyCheck } from './daily-check';
import { nextCheckTime } from './next-check-time';
import { openTodaysRound } from './open-todays-round';
import { uiTranslator, type UiStringsSource } from './ui-strings';

export const DAILY_ALARM = 'relance-daily';
export const TODAY_NOTIFICATION = 'relance-today';
const LAST_NOTIFIED_KEY = 'followUp.lastNotified';
const DAY_MINUTES = 24 * 60;

export interface FollowUp {
  /** Recomputes the badge (call after any write that may change today's list). */
  refreshBadge(): Promise<DailyCheck>;
  /** The daily check: badge, then one grouped notification unless today's same list was already announced. */
  runDailyCheck(): Promise<DailyCheck>;
  /** The browser's events it answers, handed on by the worker's listeners (entrypoints/background.ts). */
  onAlarm(alarm: { name: string }): void;
  onStartup(): void;
  onInstalled(details: { reason: string }): void;
  onNotificationClicked(id: string): void;
}

/**
 * The daily follow-up in the background: a daily alarm and a check at browser start, the toolbar badge (actions due
 * today), one grouped notification that opens today's round, and the onboarding page on first install.
 */
export function followUp(store: RelanceStore, strings: UiStringsSource, today: () => string = () => localDate()): FollowUp {
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const refreshBadge = async (): Promise<DailyCheck> => {
    const check = await dailyCheck(store, today());
    await action.setBadgeBackgroundColor({ color: '#b3261e' });
    await action.setBadgeText({ text: check.count > 0 ? String(Math.min(check.count, 999)) : '' });
    return check;
  };

  const runDailyCheck = async (): Promise<DailyCheck> => {
    const check = await refreshBadge();
    if (check.count === 0) return check;
    const signature = `${check.today}:${check.due
      .map((d) => d.id)
      .sort()
      .join(',')}`;
    const stored = await browser.storage.local.get(LAST_NOTIFIED_KEY);
    if (stored[LAST_NOTIFIED_KEY] === signature) return check;
    const t = await uiTranslator(strings, (await store.getSettings()).language);
    await browser.notifications.create(TODAY_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notif_title'),
      message: check.count === 1 ? t('notif_body_one') : t('notif_body_many', check.count),
      priority: 1,
    });
    await browser.storage.local.set({ [LAST_NOTIFIED_KEY]: signature });
    return check;
  };

  const guarded = (job: () => Promise<unknown>) => () => {
    job().catch((error) => store.log({ level: 'error', what: 'follow-up', detail: String((error as Error)?.stack ?? error) }));
  };

  const ensureAlarm = async () => {
    if (!(await browser.alarms.get(DAILY_ALARM))) await browser.alarms.create(DAILY_ALARM, { when: nextCheckTime(new Date()), periodInMinutes: DAY_MINUTES });
  };

  return {
    refreshBadge,
    runDailyCheck,
    onAlarm(alarm) {
      // Connected services and the registry first, so today's list includes what they changed.
      if (alarm.name === DAILY_ALARM)
        guarded(async () => {
          await refreshRemoteSources({ store, today });
          await runDailyCheck();
        })();
    },
    onStartup: guarded(async () => {
      await ensureAlarm();
      await runDailyCheck();
    }),
    onInstalled(details) {
      guarded(async () => {
        await ensureAlarm();
        if (details.reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
        await refreshBadge();
      })();
    },
    onNotificationClicked(id) {
      if (id !== TODAY_NOTIFICATION) return;
      guarded(async () => {
        await openTodaysRound({ store, today }, (url) => browser.tabs.create({ url }), browser.runtime.getURL('/dashboard.html#today'));
        await browser.notifications.clear(id);
      })();
    },
  };
}
