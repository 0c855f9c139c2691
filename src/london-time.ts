/**
 * Europe/London wall-clock time for whom-to-call answers: an instant read as local date, time and
 * weekday (summer time included, through `Intl`), and a local time read back as an instant.
 * @module
 * @internal
 */

let london: Intl.DateTimeFormat | undefined;
/** A Europe/London local date and time. */
export interface Local {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly minutes: number;
  readonly weekday: number; // ISO 1..7
}
/** The Europe/London local date, time (minutes after midnight) and ISO weekday of an instant. */
export function toLocal(ms: number): Local {
  london ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const part of london.formatToParts(new Date(ms))) p[part.type] = part.value;
  const y = Number(p.year);
  const m = Number(p.month);
  const d = Number(p.day);
  const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  return { y, m, d, minutes: Number(p.hour) * 60 + Number(p.minute), weekday };
}
const pad = (n: number): string => String(n).padStart(2, '0');
/** `YYYY-MM-DD`. */
export const dateOf = (l: { y: number; m: number; d: number }): string => `${l.y}-${pad(l.m)}-${pad(l.d)}`;
/** `HH:MM` of minutes after midnight. */
export const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
/** Minutes after midnight of `HH:MM`. */
export const toMinutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** How far Europe/London local time is ahead of UTC at an instant (0 or one hour), in ms. */
function offsetAt(ms: number): number {
  const l = toLocal(ms);
  return Date.UTC(l.y, l.m - 1, l.d, Math.floor(l.minutes / 60), l.minutes % 60) - ms;
}

/** The UTC instant of a Europe/London wall-clock time: read as UTC, less the offset there, then less the offset at that instant (right for any local time that exists). */
export function fromLocal(y: number, m: number, d: number, minutes: number): number {
  const wall = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
  return wall - offsetAt(wall - offsetAt(wall));
}
