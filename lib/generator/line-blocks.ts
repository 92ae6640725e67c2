/**
 * Text copied out of a browser keeps one block per line (a paragraph, a heading, a list item) with
 * no blank line between them and no list markers. Read as it is, the whole page is one paragraph.
 * This gives each block a paragraph of its own, marks the lines after a lead-in ("A healthy, mature
 * tree:") as a bulleted list, and drops runs of short lines (the site's menu, an "On this page" list).
 */

const LONG_LINE = 150;
const MIN_LINES = 10;
/** A printed column wraps well short of LONG_LINE, so a few such lines are no accident. */
const MIN_LONG_LINES = 3;
const MAX_MENU_WORDS = 6;
const MIN_MENU_RUN = 4;
const MAX_ITEM_WORDS = 40;

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
const endsSentence = (line: string) => /[.!?]["'”)]?$/.test(line);
const isShort = (line: string) => words(line) <= MAX_MENU_WORDS && !/[.!?;,]$|[:\d]/.test(line);
const isLeadIn = (line: string) => line.endsWith(":") && words(line) >= 3;

/** "Carbon Monoxide (CO) Poisoning" names what "Carbon Monoxide Poisoning" does. */
const sameName = (a: string, b: string) => {
  const bare = (line: string) =>
    line
      .replace(/\s\([^()]{1,12}\)/g, "")
      .trim()
      .toLowerCase();
  return bare(a) === bare(b);
};

/** Few blank lines, and many lines a printed column could not hold: a page copied from a browser. */
export function isLinePerBlock(text: string): boolean {
  const lines = text.split("\n");
  const filled = lines.filter((line) => line.trim());
  if (filled.length < MIN_LINES) return false;
  const blank = lines.length - filled.length;
  const long = filled.filter((line) => line.trim().length > LONG_LINE).length;
  // (A long menu, a table and a footer of short lines can leave the paragraphs an eighth of the lines.)
  return blank < filled.length * 0.1 && long >= Math.max(MIN_LONG_LINES, filled.length * 0.05);
}

/** Whether `line` goes on the list a lead-in opened: it is no sentence of its own, nor a heading. */
function continuesList(line: string, next: string | undefined): boolean {
  if (words(line) > MAX_ITEM_WORDS) return false;
  if (/^[a-z]/.test(line)) return true;
  if (endsSentence(line)) return false;
  // "Dizziness", "Chest pain": a short item; a short line a paragraph follows is the next heading.
  return words(line) > 3 || (next !== undefined && next.length <= LONG_LINE / 2);
}

export function separateLineBlocks(text: string): string {
  if (!isLinePerBlock(text)) return text;
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const blocks: string[] = [];
  for (let i = 0; i < lines.length;) {
    if (isLeadIn(lines[i])) {
      let end = i + 1;
      while (end < lines.length && continuesList(lines[end], lines[end + 1])) end++;
      const items = lines.slice(i + 1, end);
      blocks.push(lines[i]);
      if (items.length >= 2) blocks.push(items.map((item) => `- ${item}`).join("\n"));
      else blocks.push(...items);
      i = end;
      continue;
    }
    // "Home > Environment > Urban Tree Canopy Programme" and then the page's own title.
    const crumb = i > 0 ? lines[i - 1].split(/\s[>›»]\s/) : [];
    const isTitle = crumb.length > 1 && crumb[crumb.length - 1].trim() === lines[i];
    // "What is radon?" in an "On this page" list: an entry the page repeats below as its heading.
    const repeatedBelow = (at: number) => words(lines[at]) <= MAX_MENU_WORDS && lines.indexOf(lines[at], at + 1) > at;
    let run = i;
    while (!isTitle && run < lines.length && (isShort(lines[run]) || repeatedBelow(run))) {
      // "… > Drinking Water > Lead in Drinking Water" then "Lead in Drinking Water": the crumb's last step
      // written again is the page's title, where the menu ends.
      if (run > i && sameName(lines[run], lines[run - 1])) break;
      run++;
    }
    if (run - i >= MIN_MENU_RUN) {
      i = run;
      continue;
    }
    blocks.push(lines[i]);
    i++;
  }
  return blocks.join("\n\n");
}
