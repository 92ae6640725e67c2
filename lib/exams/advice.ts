/** Plain sentences about an exam's budget, for its page and the dashboard. */

export type BudgetUnit = "reviews" | "minutes";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export const budgetText = (budget: { unit: BudgetUnit; perDay: number }) =>
  `${plural(budget.perDay, budget.unit === "reviews" ? "review" : "minute")} a day`;

/** Whether the budget reaches the target and, when it does not, which budget would. */
export function budgetSentence(
  exam: { targetRecall: number; budget: { unit: BudgetUnit; perDay: number } },
  plan: { reachesTarget: boolean; projectedScore: number; budgetForTarget: number | null },
): string {
  const target = percent(exam.targetRecall);
  if (plan.reachesTarget) return `At ${budgetText(exam.budget)}, following the plan reaches your ${target} target.`;
  const reach = `At ${budgetText(exam.budget)}, the plan reaches about ${percent(plan.projectedScore)}, short of your ${target} target.`;
  if (plan.budgetForTarget === null)
    return `${reach} No daily budget reaches it by the exam: lower the target or give yourself more days.`;
  return `${reach} A budget of ${budgetText({ unit: exam.budget.unit, perDay: plan.budgetForTarget })} would reach it.`;
}
