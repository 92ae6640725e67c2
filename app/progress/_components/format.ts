/** Display helpers shared by the progress components (server and client). */

export const percent = (share: number, digits = 0) => `${(share * 100).toFixed(digits)}%`;

/** A pass rate, or a dash when nothing was counted. */
export const rate = (value: number | null) => (value === null ? "—" : percent(value));

export const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const plural = (count: number, word: string, many = `${word}s`) => `${count} ${count === 1 ? word : many}`;

const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A study date (YYYY-MM-DD) as "5 Mar"; the key is already the student's local date. */
export const shortDate = (key: string) => SHORT.format(new Date(`${key}T00:00:00Z`));
export const longDate = (key: string) => LONG.format(new Date(`${key}T00:00:00Z`));

/** "today", "yesterday", "3 days ago" or a date, for the day a topic was last studied. */
export function studiedOn(key: string | null, today: string): string {
  if (!key) return "never";
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${key}T00:00:00Z`)) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 7) return `${days} days ago`;
  return longDate(key);
}

export const LABEL_STYLES: Record<string, string> = {
  "not started": "bg-stone-100 text-stone-600",
  learning: "bg-amber-50 text-amber-800 ring-1 ring-amber-200",
  familiar: "bg-sky-50 text-sky-800 ring-1 ring-sky-200",
  strong: "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200",
  mastered: "bg-accent-soft text-accent-ink ring-1 ring-accent-line",
};

/** Chart colours: recharts takes plain values, so these are the accent (see globals.css) and stone greys. */
export const CHART = {
  line: "var(--color-accent)",
  bar: "var(--color-accent)",
  muted: "var(--color-stone-500)",
  grid: "var(--color-stone-200)",
} as const;
