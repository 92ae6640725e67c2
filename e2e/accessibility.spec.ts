import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PHONE } from "./phone";
import { signUp, uniqueEmail } from "./helpers";
import { SIGNED_IN_STATES, SIGNED_OUT_STATES, type PageState } from "./a11y/states";

/** WCAG 2.1 A and AA, and axe's best practices; a serious or critical finding fails the run. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const FAILING = new Set(["serious", "critical"]);

async function audit(page: Page, state: PageState): Promise<string[]> {
  await state.reach(page);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((violation) => FAILING.has(violation.impact ?? ""))
    .map(
      (violation) =>
        `${state.name}: ${violation.id} (${violation.impact}) on ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

const VIEWPORTS = [
  { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
  { name: "phone", use: PHONE },
] as const;

for (const viewport of VIEWPORTS) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${viewport.name}, ${colorScheme}`, () => {
      test.use({ ...viewport.use, colorScheme });

      test("every page and state has no serious or critical axe violation", async ({ page }) => {
        test.setTimeout(180_000);
        const found: string[] = [];
        for (const state of SIGNED_OUT_STATES) found.push(...(await audit(page, state)));
        await signUp(page, uniqueEmail(`axe-${viewport.name}-${colorScheme}`));
        for (const state of SIGNED_IN_STATES) found.push(...(await audit(page, state)));
        expect(found).toEqual([]);
      });
    });
  }
}
