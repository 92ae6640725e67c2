/** "Intrinsic load: the effort demanded by the material itself…", "PM2.5: particles smaller than…": a glossary line. */
export const GLOSS =
  /^((?:The\s)?[A-Z][\w'-]*(?:\.\d+)?(?:\s[\w'-]+){0,4}(?:\s\([A-Z][\w-]{1,9}\))?):\s([a-z][^;]{12,200}?)\.?$/;
/** Labels that a colon follows without defining anything. */
export const NOT_A_TERM =
  /^(?:keywords?|tags?|notes?|related reading|correspondence|sources?|figure|table|abstract|summary|background|aims?|objectives?|methods?|results?|conclusions?|funding|doi|citation|example|examples|for example|in short|in brief|update|warning|tip)$/i;

export interface GlossaryEntry {
  term: string;
  meaning: string;
}

export function glossaryEntry(line: string): GlossaryEntry | null {
  const match = line.match(GLOSS);
  if (!match || NOT_A_TERM.test(match[1])) return null;
  return { term: match[1], meaning: match[2] };
}
