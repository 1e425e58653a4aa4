// Dates and counts for the page. Digits stay Western (0-9), as the outlets in the corpus write them;
// article text itself is shown exactly as published.

const SECONDS_PER_DAY = 86_400;
const dateFormat = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('ar-u-nu-latn');

export function dayToSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

export function endOfDayToSeconds(day: string): number {
  return dayToSeconds(day) + SECONDS_PER_DAY - 1;
}

export function secondsToDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

export function formatDate(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : dateFormat.format(time);
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/**
 * The direction of a passage by its majority script, not its first letter: an Arabic paragraph that opens
 * with "(CNN)" is still right-to-left, which dir="auto" and unicode-bidi: plaintext get wrong.
 */
export function directionOf(text: string): 'rtl' | 'ltr' {
  const arabic = text.match(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  return latin > arabic ? 'ltr' : 'rtl';
}
