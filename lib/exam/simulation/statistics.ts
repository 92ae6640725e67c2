export interface PairedInterval {
  mean: number;
  ci95: [number, number];
}

/** Student's t quantile for 97.5%, by the Cornish-Fisher expansion (within 0.1% for ν ≥ 5). */
function tQuantile975(degreesOfFreedom: number): number {
  const z = 1.959964;
  const v = degreesOfFreedom;
  return z + (z ** 3 + z) / (4 * v) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * v * v);
}

/** Mean of paired differences with its 95% confidence interval. */
export function pairedDifference(differences: readonly number[]): PairedInterval {
  const n = differences.length;
  const mean = differences.reduce((sum, d) => sum + d, 0) / n;
  if (n < 2) return { mean, ci95: [mean, mean] };
  const variance = differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (n - 1);
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { mean, ci95: [mean - half, mean + half] };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
