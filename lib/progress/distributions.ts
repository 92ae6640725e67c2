/** Histograms of retrievability and stability over the studied cards, as Anki's FSRS charts show. */
export interface HistogramBucket {
  label: string;
  count: number;
}

/** Ten bands of R: 0–10 %, …, 90–100 %. */
export function recallHistogram(recalls: readonly number[]): HistogramBucket[] {
  const counts = new Array<number>(10).fill(0);
  for (const recall of recalls) counts[Math.min(9, Math.max(0, Math.floor(recall * 10)))]++;
  return counts.map((count, band) => ({ label: `${band * 10}–${band * 10 + 10}%`, count }));
}

/** Stability bands in days, closer together where cards move fastest. */
export const STABILITY_BANDS = [
  { upTo: 1, label: "< 1 d" },
  { upTo: 3, label: "1–3 d" },
  { upTo: 7, label: "3–7 d" },
  { upTo: 21, label: "7–21 d" },
  { upTo: 90, label: "21–90 d" },
  { upTo: 365, label: "90 d–1 y" },
  { upTo: Infinity, label: "> 1 y" },
] as const;

export function stabilityHistogram(stabilities: readonly number[]): HistogramBucket[] {
  const counts = new Array<number>(STABILITY_BANDS.length).fill(0);
  for (const stability of stabilities) counts[STABILITY_BANDS.findIndex((band) => stability < band.upTo)]++;
  return STABILITY_BANDS.map((band, index) => ({ label: band.label, count: counts[index] }));
}
