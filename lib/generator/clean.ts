import { separateLineBlocks } from "./line-blocks";
import { isKnownWord, MAX_TAGGED_WORD_LENGTH } from "./nlp";
import { isHeading } from "./structure";
import { isTableLine } from "./tables";
import { escapeRegExp, normaliseDigits } from "./text";

/**
 * Cleans text extracted from a PDF: real line breaks for escaped ones, no
 * running headers or back-matter blocks, paragraphs rejoined where a page
 * break cut a sentence, and words re-hyphenated where extraction glued them.
 */

const BACK_MATTER =
  /^\s*((?:\*\s*)?address for correspondence|copyright\s*:|©|\(c\)\s*\d{4}|received\s*:|received \d{1,2} [a-z]+ \d{4}|accepted\s*:|published\s*:|how to cite|citation\s*:|\$?\\textbf|(?:\*\s*)?corresponding author|\*?correspondence\s*:|e-?mail\s*:)/i;
/** "Clin Respir Rev 2023;14(3):187–192", "J Nephrol Clin Res 2024; 12(3): 211-214": the journal's citation line. */
const JOURNAL_LINE =
  /^\s*[A-Z][A-Za-z.& ]{2,80}\s(?:19|20)\d{2};\s?\d{1,4}\s?\(\d{1,3}\)\s?:\s?[A-Z]?\d{1,5}\s?[-–]\s?[A-Z]?\d{1,5}\s*$/;
/** "1Department of Molecular Genetics, University of …", "2 Division of Renal Medicine, …": an affiliation. */
const AFFILIATION =
  /^\s*(?:\(\d{1,2}\)\s?|[\d*†‡]{1,3}\s?)[A-Z][^\n]{0,300}\b(?:department|university|institute|college|hospital|school|cent(?:er|re)|laboratory|faculty)\b/i;
/** "JOURNAL OF MUSCULOSKELETAL MEDICINE REVIEWS": a journal's name set in capitals above the article. */
const CAPITALS_LINE = /^[A-Z&-]+(?: [A-Z&-]+){1,9}$/;
const JOURNAL_WORD = /\b(?:JOURNAL|REVIEWS|PROCEEDINGS|BULLETIN|ANNALS|ARCHIVES|LETTERS|TRANSACTIONS)\b/;
const isJournalName = (line: string) => CAPITALS_LINE.test(line.trim()) && JOURNAL_WORD.test(line);
/** "On this page", "Contents": the label of a page's list of its own headings. */
const CONTENTS_LABEL =
  /^\s*(?:on this page|in this (?:article|section|guide|page)|(?:table of |page )?contents|jump to):?\s*$/i;
/** Web-page furniture: badges, metrics, affiliation bullets. */
const WEB_FURNITURE = [
  /^\s*skip to (?:main )?content\s*$/i,
  // "An official website of the State Department of Health", "Here's how you know": a government site's banner.
  /^\s*an official (?:government )?(?:website|site) of\b[^.!?]{0,100}$/i,
  /^\s*here[’']s how you know\s*$/i,
  CONTENTS_LABEL,
  // "Was this page helpful? Yes No", "Page reviewed by: …": a feedback widget and the page's review credit.
  /^\s*(?:was this (?:page|article|information|content) (?:helpful|useful)\??|yes|no)\s*$/i,
  /^\s*page (?:reviewed|maintained|owned) by\s*:/i,
  // "Radon map by county (PDF, 1.2 MB)": a link to a download.
  /\((?:PDF|DOCX?|XLSX?|CSV|ZIP|ODT|PPTX?)[,;]?\s?[\d.]+\s?[KMG]B\)\s*$/i,
  /^\s*(?:we use (?:some )?(?:essential )?cookies|this (?:site|website) uses cookies)\b/i,
  // "Cookies on GOV.UK", "Accept additional cookies", "View cookies": the cookie banner.
  /^(?:\S+\s){0,3}cookies\b(?:\s\S+){0,3}$/i,
  // "Search this site", "Menu", "Share": a site's controls.
  /^\s*(?:search(?: this site| the [\w .]{1,30} (?:website|site))?|menu|share(?: this page)?|print|email|sign in(?: to [a-z ]{1,30})?|log in|my account|close|back to top|back to [\w ]{1,30})\s*$/i,
  /^\s*(?:doi\s?:\s?|https?:\/\/(?:dx\.)?doi\.org\/)\S+\s*$/i,
  /^\s*(?:page )?last (?:reviewed|updated|modified)\s*:/i,
  // "Home > Biology > Plant physiology": breadcrumbs.
  /^\s*home\s*[>›»/|]\s*\S/i,
  // "Department of Plant Sciences | Learning Resources": a site's name and section.
  /^[^.!?|\n]{3,60} \| [^.!?|\n]{3,60}$/,
  /^\s*(?:published|updated|last (?:updated|modified)|posted)\s*(?::\s*)?\d{1,2} [a-z]+ \d{4}\b/i,
  /^\s*(open access|free access|research article|review article|original article|article|review|full text|pdf|share|cite this article|download pdf)\s*$/i,
  /\b(views?|downloads?|citations?|reads|altmetric)\b[\s:]*[\d,.]+(\s*[|·•]\s*\b(views?|downloads?|citations?|reads|altmetric)\b[\s:]*[\d,.]+)+/i,
  /^\s*[•·▪*-]\s[^.]*\b(institute|university|department|college|hospital|school|cent(er|re)|laboratory|faculty)\b/i,
];

const MAX_HEADER_LENGTH = 120;
const MAX_RUNNING_HEADERS = 30;
const TITLE_ZONE_LINES = 12;

function unescapeSequences(text: string): string {
  return (
    text
      .replace(/\\r\\n|\\n/g, "\n")
      .replace(/\\t/g, "\t")
      .replace(/\r\n?/g, "\n")
      // "Vaccine Reviews 2024; 12(3)        REVIEW ARTICLE": columns laid out with spaces are tab-laid.
      .replace(/(?<=\S) {4,}(?=\S)/g, "\t")
  );
}

/**
 * Running headers: tab-separated fragments of a line (how PDF extraction lays
 * out a page header) that also occur inside the body text.
 */
function findRunningHeaders(lines: string[]): string[] {
  // Each header costs a pass over the text: keep them short, distinct and few.
  const headers = new Map<string, number>();
  const add = (header: string) => headers.set(header, (headers.get(header) ?? 0) + 1);
  for (const line of lines) {
    if (!line.includes("\t")) continue;
    const joined = normaliseDigits(
      line
        .split(/\t+/)
        .map((part) => part.trim())
        .filter(Boolean)
        .join(" "),
    );
    if (joined.split(" ").length >= 3 && joined.length <= MAX_HEADER_LENGTH) add(joined);
  }
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = normaliseDigits(line);
    if (key.length >= 12 && key.split(" ").length >= 3 && key.length <= MAX_HEADER_LENGTH) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of counts) {
    // "Okafor et al." heads every other page.
    if (count >= 2 && (!/[.!?]$/.test(key) || /\bet al\.$/.test(key))) add(key);
  }
  return [...headers]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_RUNNING_HEADERS)
    .map(([header]) => header);
}

function headerPattern(header: string): RegExp {
  const words = header.split(" ").map((word) => escapeRegExp(word).replace(/#/g, "\\d+"));
  return new RegExp(`(?<![ \\t])[ \\t]*${words.join("\\s+")}[ \\t]*`, "g");
}

function removeRunningHeaders(text: string): string {
  const lines = text.split("\n");
  const headers = findRunningHeaders(lines);
  const kept = lines.filter((line) => !line.includes("\t") || line.split(/\t+/).length < 2);
  // The title ("Biologic therapies for severe asthma: mechanisms, …") may open with the short title
  // the running header repeats: a line near the top that goes on past the header keeps it.
  const titleLines = new Set(
    kept.slice(0, TITLE_ZONE_LINES).filter((line) =>
      headers.some((header) => {
        const opening = new RegExp(`^${headerPattern(header).source}`).exec(normaliseDigits(line.trim()));
        return !!opening && /^[:,]?\s*\p{Ll}/u.test(normaliseDigits(line.trim()).slice(opening[0].length));
      }),
    ),
  );
  const patterns = headers.map(headerPattern);
  return kept
    .map((line) => {
      if (titleLines.has(line)) return line;
      let result = line;
      for (const pattern of patterns) result = result.replace(pattern, "");
      return result;
    })
    .join("\n");
}

/** A page number alone on its line, as text copied from a PDF keeps it. */
const PAGE_NUMBER = /^\s*(?:page\s*)?\d{1,4}\s*$/i;

function dropBackMatter(text: string): string {
  let inAffiliation = false;
  return text
    .split("\n")
    .filter((line) => {
      // An affiliation wrapped onto indented lines goes with its first line.
      // An affiliation wraps onto indented lines, or onto lines that go on naming places ("Hospital, Bristol, UK; 2Department…").
      inAffiliation =
        AFFILIATION.test(line) ||
        (inAffiliation &&
          (/^\s{2,}\S/.test(line) ||
            (/\b(?:hospital|university|department|institute|centre|center|school|UK|USA)\b/i.test(line) &&
              !/[.!?]$/.test(line.trim()))));
      return (
        !inAffiliation &&
        !BACK_MATTER.test(line) &&
        !JOURNAL_LINE.test(line) &&
        !isJournalName(line) &&
        !PAGE_NUMBER.test(line) &&
        !WEB_FURNITURE.some((pattern) => pattern.test(line))
      );
    })
    .join("\n");
}

/**
 * A word hyphenated at a line's end: "nucle-" + "ase" is "nuclease", but "off-" + "target" and
 * "base-" + "pairs" keep their hyphen, as both halves are words of their own.
 */
export function rejoinLineEndHyphens(text: string): string {
  // A word the article also writes whole ("microbiome") is rejoined whatever its halves are.
  const written = new Set(text.toLowerCase().match(/[a-z]{6,}/g) ?? []);
  // A page break may fall inside the word: "infec-", blank lines, "tion".
  return text.replace(/-[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*(?=[A-Za-z])/g, (whole: string, at: number) => {
    let from = at;
    while (from > 0 && at - from < 40 && /[A-Za-z0-9]/.test(text[from - 1])) from--;
    const left = text.slice(from, at);
    if (!/^[A-Za-z]/.test(left)) return whole;
    const right = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(at + whole.length, at + whole.length + 40))![0];
    if (/^[A-Z0-9]/.test(right)) return /\n[ \t]*\n/.test(whole) ? whole : "-";
    const joined = `${left}${right}`.toLowerCase();
    if (isKnownWord(joined) || written.has(joined)) return "";
    // "creatinine-" + "cystatin": two words the article also writes alone make a compound.
    const word = (part: string) =>
      isKnownWord(part.toLowerCase()) || HYPHEN_PREFIXES.has(part.toLowerCase()) || written.has(part.toLowerCase());
    return word(left) && word(right) ? "-" : "";
  });
}

/** Prefixes English writes with a hyphen, which a lexicon need not list as words. */
const HYPHEN_PREFIXES = new Set("non anti pre post co re self well semi multi inter intra sub super ultra".split(" "));

const REFERENCE_LIST = /^\s*(?:#{1,6}\s*)?(?:references|bibliography|literature cited|works cited)\s*$/i;

/**
 * A heading on its own line, directly above its text, becomes a paragraph of its own. A title
 * wrapped over two lines ("…CRISPR-Cas9 Genome" / "Editing: Mechanisms…") stays one, and a
 * reference list's numbered entries are no headings.
 */
/** Runs of four or more short lines without punctuation: a site's menu or a page's contents, not text. */
function withoutMenus(lines: string[]): string[] {
  const short = (line: string) =>
    line.trim() !== "" && line.trim().split(/\s+/).length <= 4 && !/[.,;:!?|\t]| {2}/.test(line.trim());
  const kept: string[] = [];
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && short(lines[end])) end++;
    if (end - i >= 4) {
      i = end;
      continue;
    }
    kept.push(...lines.slice(i, Math.max(end, i + 1)));
    i = Math.max(end, i + 1);
  }
  return kept;
}

function separateHeadings(text: string): string {
  const lines = withoutMenus(text.split("\n"));
  let inReferences = false;
  // In text a PDF wrapped to its column, a full-width line that happens to be short of words is no heading
  // ("The European Respiratory Society/American Thoracic").
  const lengths = lines
    .map((line) => line.trim().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const wrapped = median > 0 && median < 100;
  return lines
    .map((line, index) => {
      if (REFERENCE_LIST.test(line)) inReferences = true;
      const next = lines[index + 1]?.trim() ?? "";
      if (inReferences && !REFERENCE_LIST.test(line)) return line;
      const wrappedTitle =
        !/^\d/.test(line) && (/:$/.test(line.trim()) || /^[A-Z][\w-]*:\s/.test(next)) && isHeading(next);
      // "Dengue Virus Infection: Virology, Immunopathogenesis, and" / "Advances in Prevention": a title
      // wrapped after a word that cannot end it.
      const titleRunsOn =
        index < TITLE_ZONE_LINES &&
        /\s(?:and|or|of|the|in|for|to|with|on|from|a|an|&)$/i.test(line.trimEnd()) &&
        /^[A-Z]/.test(next) &&
        next.length < 80;
      if (wrappedTitle || titleRunsOn) return `${line.trimEnd()} `;
      // "Helen M. Okafor1, David R. Lindqvist2 and …": the authors' line under a title.
      if (index < TITLE_ZONE_LINES && (line.match(/\p{Ll}\d(?:,\d)*(?:,|\s+and\s|$)/gu) ?? []).length >= 2)
        return `\n${line}\n`;
      if (!(/^[A-Z0-9-•[]/.test(next) && isHeading(line))) return line;
      const standard =
        /^\d|^(?:abstract|introduction|background|methods|results|discussion|conclusions?|references|funding|conflicts? of interest)$/i.test(
          line.trim(),
        );
      if (wrapped && !standard && line.trim().length >= 0.75 * median) return line;
      // Text copied from a PDF without blank lines: a heading after a finished sentence, or a numbered or
      // standard one, starts a paragraph too.
      const previous = lines[index - 1]?.trim() ?? "";
      const opens = previous !== "" && (/[.!?)]$/.test(previous) || standard);
      return opens ? `\n${line}\n` : `${line}\n`;
    })
    .join("\n")
    .replace(/ \n/g, " ");
}

/** A paragraph that ends without terminal punctuation continues in the next one if it starts lower-case. */
function rejoinBrokenParagraphs(text: string): string {
  // A caption right above its pipe table ("Table 1. …" then "| Surface | Albedo |") is a paragraph of its own.
  const separated = text
    .split("\n")
    .map((line, i, lines) => (!isTableLine(line) && isTableLine(lines[i + 1] ?? "") ? `${line}\n` : line))
    .join("\n");
  const paragraphs = separated.split(/\n\s*\n/).map((p) =>
    // A pipe table keeps one row per line: its rows are not a broken sentence.
    isTableLine(p.split("\n")[0])
      ? p
          .split("\n")
          .map((line) => line.replace(/[ \t]{2,}/g, " ").trim())
          .join("\n")
          .trim()
      : p
          .replace(/(?<![ \t])[ \t]*\n[ \t]*(?![-*•]\s|\[\d+\]|\d+\.\s)/g, " ")
          .replace(/[ \t]{2,}/g, " ")
          .trim(),
  );
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    if (!paragraph) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && !/[.!?:"'”)\]]$/.test(previous) && /^[a-z(]/.test(paragraph)) {
      out[out.length - 1] = `${previous} ${paragraph}`;
    } else {
      out.push(paragraph);
    }
  }
  return out.join("\n\n");
}

/**
 * "epithelialmesenchymal" becomes "epithelial-mesenchymal" when the document
 * also spells it hyphenated, or when the word is unknown to the English
 * lexicon while both halves stand alone elsewhere in the document.
 */
export function repairGluedWords(text: string): string {
  const hyphenated = new Map<string, string>();
  for (const match of text.matchAll(/\b([A-Za-z]{2,})-([A-Za-z]{2,})\b/g)) {
    const glued = (match[1] + match[2]).toLowerCase();
    if (!hyphenated.has(glued)) hyphenated.set(glued, `${match[1].toLowerCase()}-${match[2].toLowerCase()}`);
  }
  const standalone = new Set((text.toLowerCase().match(/\b[a-z]{5,}\b/g) ?? []).filter((word) => word.length >= 5));
  const splitUnknown = (word: string): string | null => {
    const lower = word.toLowerCase();
    // A glued pair of words is short; anything longer is not worth a quadratic search for the cut.
    if (lower.length < 12 || lower.length > MAX_TAGGED_WORD_LENGTH || isKnownWord(lower)) return null;
    for (let cut = 5; cut <= lower.length - 5; cut++) {
      const [left, right] = [lower.slice(0, cut), lower.slice(cut)];
      if (standalone.has(left) && standalone.has(right) && isKnownWord(left)) return `${left}-${right}`;
    }
    return null;
  };
  return text.replace(/\b[A-Za-z]{5,}\b/g, (word) => {
    const fixed = hyphenated.get(word.toLowerCase()) ?? splitUnknown(word);
    if (!fixed) return word;
    return word[0] === word[0].toUpperCase() ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
  });
}

/**
 * The page without these elements and their content. Each closing tag is looked for once per opening
 * tag, and not at all after one is missing, so unclosed tags cannot make this quadratic.
 */
function withoutElements(html: string, tags: string[]): string {
  const lower = html.toLowerCase();
  const opening = new RegExp(`<(${tags.join("|")})\\b`, "g");
  const unclosed = new Set<string>();
  let result = "";
  let copied = 0;
  for (const match of lower.matchAll(opening)) {
    const start = match.index ?? 0;
    const tag = match[1];
    if (start < copied || unclosed.has(tag)) continue;
    const close = lower.indexOf(`</${tag}>`, start);
    if (close < 0) {
      unclosed.add(tag);
      continue;
    }
    result += html.slice(copied, start);
    copied = close + tag.length + 3;
  }
  return result + html.slice(copied);
}

/** A numeric entity's character; NUL, surrogates and numbers past Unicode stay as written. */
function characterOf(codePoint: number, written: string): string {
  const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return valid ? String.fromCodePoint(codePoint) : written;
}

/** A saved web page: keep its text, drop scripts, styles and tags. */
function htmlPageToText(raw: string): string {
  if (!/^\s*(<!doctype html|<html)/i.test(raw)) return raw;
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return withoutElements(raw, ["script", "style", "noscript", "nav", "footer", "header"])
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|section|article|br|tr|table|blockquote)\b[^>]*>/gi, "\n\n")
    .replace(/<[^<>]+>/g, "")
    .replace(/&(#\d+|[a-z]+);/gi, (match, name: string) =>
      name.startsWith("#") ? characterOf(Number(name.slice(1)), match) : (entities[name.toLowerCase()] ?? match),
    );
}

/** Markdown links keep their text: "[Lee](https://…)" → "Lee"; bare image links go. Linear: no nested brackets. */
export function unlinkMarkdown(text: string): string {
  return text.replace(/!?\[([^\]\n]{0,300})\]\((?:https?:\/\/|\/|#)[^)\s]{0,2000}\)/g, (whole, label: string) =>
    whole.startsWith("!") ? "" : label,
  );
}

/** "**fill factor**", "the *sipahi*": emphasis marks are no part of the words a card quotes. */
export function unemphasise(text: string): string {
  return text
    .replace(/\*\*(?=[^\s*])([^*\n]{1,300}?)\*\*/g, "$1")
    .replace(/(?<![A-Za-z*])\*(?=[^\s*])([^*\n]{1,300}?)\*(?![\w*])/g, "$1")
    .replace(/(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)_(?![\w_])/g, "$1");
}

/**
 * "Home > Water Topics > Groundwater Depletion" above "Groundwater Depletion": the breadcrumb's last
 * step names the page, however short its title.
 */
function markBreadcrumbTitle(text: string): string {
  const lines = text.split("\n");
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const crumbs = lines[i].split(/\s[>›»]\s/);
    if (crumbs.length < 2 || !/^\s*home\b/i.test(lines[i])) continue;
    const next = lines.findIndex((line, j) => j > i && line.trim() !== "");
    const step = crumbs[crumbs.length - 1].trim().toLowerCase();
    const heading = next > 0 ? lines[next].trim() : "";
    // "Radon" above "Radon in the Home: Testing and Mitigation": the title may say more than the step.
    const named =
      heading.toLowerCase() === step ||
      (heading.toLowerCase().startsWith(`${step} `) && heading.length <= 120 && !/[.!?]$/.test(heading));
    if (named) lines[next] = `# ${heading}`;
    break;
  }
  return lines.join("\n");
}

const MAX_CONTENTS_ENTRY_WORDS = 12;

/**
 * "On this page" and the headings it links to: the entries are the page's own headings said once
 * more, and left in they would read as running headers and take the real headings with them.
 */
function withoutContentsList(text: string): string {
  const lines = text.split("\n");
  const label = lines.findIndex((line) => CONTENTS_LABEL.test(line));
  if (label < 0) return text;
  let end = label + 1;
  for (; end < lines.length; end++) {
    const entry = lines[end].trim();
    if (!entry) continue;
    const again = lines.indexOf(lines[end], end + 1) > end;
    if (!again || entry.split(/\s+/).length > MAX_CONTENTS_ENTRY_WORDS) break;
  }
  return [...lines.slice(0, label), ...lines.slice(end)].join("\n");
}

export function cleanArticleText(raw: string): string {
  let text = markBreadcrumbTitle(
    separateLineBlocks(withoutContentsList(unemphasise(unlinkMarkdown(unescapeSequences(htmlPageToText(raw)))))),
  );
  text = removeRunningHeaders(text);
  text = dropBackMatter(text);
  text = separateHeadings(rejoinLineEndHyphens(text));
  text = rejoinBrokenParagraphs(text);
  text = repairGluedWords(text);
  // "the .NET CLR" keeps its space.
  return text.replace(/(?<![ \t])[ \t]+([,.;:])(?![A-Za-z])/g, "$1").trim() + "\n";
}
