/**
 * Text from a PDF's text layer, laid out as lines and paragraphs, with page
 * furniture removed: lines that repeat on at least half of the pages (running
 * headers, footers, page numbers) are dropped before the text is cleaned.
 */
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { normaliseDigits } from "./text";

export interface Line {
  text: string;
  y: number;
  height: number;
}

/** Lines are compared across pages without their numbers or case. */
const lineKey = (text: string) => normaliseDigits(text).toLowerCase();

/** Text items on one baseline form a line; `items` need only the fields pdfjs reads here. */
export function linesOf(items: Pick<TextItem, "str" | "hasEOL" | "transform" | "height">[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (!item.str && !item.hasEOL) continue;
    const y = item.transform[5];
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - y) < Math.max(2, item.height * 0.5)) {
      last.text += (last.text.endsWith(" ") || item.str.startsWith(" ") ? "" : " ") + item.str;
    } else {
      lines.push({ text: item.str, y, height: item.height || 10 });
    }
  }
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() })).filter((line) => line.text);
}

/** Joins a page's lines; a vertical gap wider than a line marks a new paragraph. */
function pageText(lines: Line[]): string {
  let text = "";
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) {
      const gap = previous.y - line.y;
      const breakParagraph = gap > previous.height * 1.8 || gap < 0;
      if (breakParagraph) text += "\n\n";
      else if (/[A-Za-z]-$/.test(text))
        text = text.slice(0, -1); // "epithelial-" + "mesenchymal" → rejoined below
      else text += "\n";
    }
    text += line.text;
  });
  return text;
}

export async function extractPdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data, useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: Line[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(linesOf(content.items.filter((item): item is TextItem => "str" in item)));
  }
  await document.destroy();
  return textOfPages(pages);
}

/** The article text of laid-out pages, without what repeats on half of them and without page numbers. */
export function textOfPages(pages: Line[][]): string {
  const pageCounts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(lines.map((line) => lineKey(line.text))))
      pageCounts.set(key, (pageCounts.get(key) ?? 0) + 1);
  }
  const repeated = (line: Line) =>
    pages.length >= 2 && (pageCounts.get(lineKey(line.text)) ?? 0) >= Math.max(2, pages.length / 2);
  const isPageNumber = (line: Line) => /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i.test(line.text);
  return pages
    .map((lines) => pageText(lines.filter((line) => !repeated(line) && !isPageNumber(line))))
    .filter(Boolean)
    .join("\n")
    .replace(/([A-Za-z])-\n(?=[a-z])/g, "$1");
}
