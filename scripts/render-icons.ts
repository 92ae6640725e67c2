/**
 * npx tsx scripts/render-icons.ts
 *
 * Draws the app icon (a small deck of cards with a C, on the accent indigo) and writes every size the
 * browsers and phones ask for into public/: icon.svg, favicon.ico (16, 32, 48), icon-192/512.png, the
 * maskable icon-maskable-512.png (mark inside the safe circle) and apple-touch-icon.png (180, no transparency).
 * Rasterised by Chromium, so the PNGs match what the browser draws from the SVG.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const ACCENT = "#4f39f6"; // --color-accent (Tailwind indigo-600), as sRGB hex
const out = (name: string) => path.join(__dirname, "..", "public", name);

/** The deck mark on a 512 × 512 canvas: a faded back card, a white front card, and a C drawn as an arc. */
const MARK = `
  <rect x="148" y="108" width="232" height="296" rx="32" fill="#fff" fill-opacity=".4" transform="rotate(-9 256 256)"/>
  <g transform="rotate(5 256 256)">
    <rect x="136" y="120" width="232" height="296" rx="32" fill="#fff"/>
    <circle cx="252" cy="268" r="64" fill="none" stroke="${ACCENT}" stroke-width="36" stroke-linecap="round"
      stroke-dasharray="282 400" transform="rotate(42 252 268)"/>
  </g>`;

/** Rounded square with transparent corners: favicons and the "any" icons. */
const roundedIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="112" fill="${ACCENT}"/>${MARK}
</svg>
`;

/** Full-bleed square with the mark shrunk into the central safe circle, for launchers that crop to their shape. */
const fullBleedIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="${ACCENT}"/>
  <g transform="translate(256 256) scale(.78) translate(-256 -256)">${MARK}</g>
</svg>
`;

/** An .ico holding PNG images (read by every browser that still asks for /favicon.ico). */
function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main() {
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage();
  async function render(svg: string, size: number): Promise<Buffer> {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0">${sized}</body></html>`);
    return page.locator("svg").screenshot({ omitBackground: true });
  }

  writeFileSync(out("icon.svg"), roundedIcon);
  writeFileSync(out("icon-192.png"), await render(roundedIcon, 192));
  writeFileSync(out("icon-512.png"), await render(roundedIcon, 512));
  writeFileSync(out("icon-maskable-512.png"), await render(fullBleedIcon, 512));
  writeFileSync(out("apple-touch-icon.png"), await render(fullBleedIcon, 180));
  const favicons = [];
  for (const size of [16, 32, 48]) favicons.push({ size, png: await render(roundedIcon, size) });
  writeFileSync(out("favicon.ico"), icoFromPngs(favicons));
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
