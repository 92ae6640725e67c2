/**
 * When new cards are introduced before an exam. A card first seen on the eve is barely learned, so
 * introductions are spread evenly over the first half of the days left. A day whose budget cannot
 * hold its share pushes the rest to the next days; only then can a card reach the eve.
 */

/** Share of the days before the exam over which new cards are introduced. */
export const INTRODUCTION_SHARE = 0.5;

export function introductionPlan(newCards: number, dayCount: number, capacityPerDay: readonly number[]): number[] {
  const plan = new Array<number>(dayCount).fill(0);
  if (dayCount === 0 || newCards === 0) return plan;
  const lastIntroductionDay = dayCount === 1 ? 0 : dayCount - 2;
  const spreadDays = Math.min(lastIntroductionDay + 1, Math.max(1, Math.ceil(dayCount * INTRODUCTION_SHARE)));
  let left = newCards;
  for (let day = 0; day < dayCount && left > 0; day++) {
    const daysInSpread = Math.max(1, spreadDays - day);
    const share = day <= lastIntroductionDay ? Math.ceil(left / daysInSpread) : left;
    const taken = Math.min(share, left, Math.max(0, capacityPerDay[day] ?? 0));
    plan[day] = taken;
    left -= taken;
  }
  return plan;
}
