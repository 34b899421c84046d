import { createEvent, type EventAttributes } from 'ics';
import { recurrenceRule, type MeetingSeries } from '../../core/calendar.js';
import type { T } from '../../core/i18n/index.js';
import type { Round } from '../../core/rounds.js';

/** When the meetings are: the time of day (floating local time) and their length. */
export interface MeetingTime {
  hour: number;
  minute: number;
  minutes: number;
}

/**
 * One tandem's meeting series as an RFC 5545 calendar (through the `ics` library): a
 * recurring event in floating local time, so 10:00 stays 10:00 across daylight saving
 * time wherever it is imported; the mentee and the mentors as attendees; a stable UID,
 * so importing a newer file updates the series instead of adding a second one.
 */
export function meetingCalendar(series: MeetingSeries, round: Round, time: MeetingTime, t: T, stamp: number): string {
  const [year, month, day] = series.first.split('-').map(Number) as [number, number, number];
  const mentors = series.mentors.map((m) => m.name).join(', ');
  const attributes: EventAttributes = {
    productId: 'tandem',
    uid: `tandem-round-${round.id}-mentee-${series.menteeId}@tandem.invalid`,
    start: [year, month, day, time.hour, time.minute],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: time.minutes },
    recurrenceRule: recurrenceRule(series),
    title: t('calendar.summary', { mentee: series.mentee.name, mentors }),
    description: t('calendar.descriptionText', { round: round.name, days: series.cadenceDays, count: series.occurrences }),
    calName: t('calendar.name', { round: round.name }),
    attendees: [series.mentee, ...series.mentors].map((p) => ({ name: p.name, email: p.email, rsvp: true, role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' })),
    status: 'CONFIRMED',
  };
  // DTSTAMP: the library takes `timestamp` (typed or not), else the clock; the run's clock keeps tests reproducible.
  const { error, value } = createEvent({ ...attributes, timestamp: stamp } as EventAttributes);
  if (error || !value) throw error ?? new Error('ics: no calendar');
  return value;
}
