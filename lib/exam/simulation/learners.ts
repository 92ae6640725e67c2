/**
 * Simulated students: each one's true memory follows FSRS-6 with the default weights perturbed
 * (log-normally, so a weight keeps its sign) and clamped to ts-fsrs's own parameter bounds.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { CLAMP_PARAMETERS, clamp, default_w, W17_W18_Ceiling } from "ts-fsrs";

/** Spread of each weight around its default: exp(N(0, σ²)). */
export const WEIGHT_SPREAD = 0.2;

export function learnerWeights(seed: number): number[] {
  const rng = xoroshiro128plus(seed);
  const bounds = CLAMP_PARAMETERS(W17_W18_Ceiling, true);
  return default_w.map((weight, index) => {
    const normal = Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng))) * Math.cos(2 * Math.PI * uniformFloat64(rng));
    const [low, high] = bounds[index];
    return clamp(weight * Math.exp(WEIGHT_SPREAD * normal), low, high);
  });
}
