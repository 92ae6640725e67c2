import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(__dirname, "../..");
const deck = (...args: string[]) =>
  spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/deck.ts", ...args], { cwd: root, encoding: "utf8" });

describe("npm run deck:generate", () => {
  it("prints the deck as one JSON document with --json", () => {
    const run = deck("generate", "prisma/seed-data/cancer-metastasis-review.txt", "--json");
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.article).toMatchObject({
      title: "Cancer Metastasis: Mechanisms, Challenges, Therapies",
      authors: ["Lukas Schneider"],
    });
    expect(output.article.references[0]).toMatchObject({ n: 1, year: 2023 });
    expect(output.topics).toHaveLength(10);
    expect(output.claims[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        topicId: "tumor-microenvironment",
        refs: [1],
        variants: expect.any(Array),
      }),
    );
    expect(output.cards[0]).toEqual(
      expect.objectContaining({
        key: expect.any(String),
        type: expect.stringMatching(/^(CLOZE|QUESTION)$/),
        claimId: output.claims[0].id,
        source: expect.objectContaining({
          section: expect.stringMatching(/^(Introduction|Description|Conclusion)$/),
          start: expect.any(Number),
          end: expect.any(Number),
        }),
      }),
    );
  });

  it("prints a readable summary without --json", () => {
    const run = deck("generate", "tests/fixtures/articles/monetary-policy-no-citations.md");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("How Central Banks Fight Inflation");
    expect(run.stdout).toMatch(/cards by type: cloze \d+/);
    expect(run.stdout).toContain("Topics:");
  });

  it("prints coverage: statements, statements with cards, and each dropped one with its reason", () => {
    const run = deck("generate", "prisma/seed-data/cancer-metastasis-review.txt");
    expect(run.stdout).toMatch(/Coverage: \d+ statements, \d+ with cards .*, \d+ dropped/);
    expect(run.stdout).toMatch(/important statements: \d+, carded \d+/);
    expect(run.stdout).toContain("dropped, evaluation only");
    expect(run.stdout).toContain("Understanding these resistance factors is paramount");
  });

  it("writes every card as a numbered Markdown block with --markdown", () => {
    const run = deck("generate", "tests/fixtures/articles/coral-bleaching.pdf", "--markdown");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Coral Bleaching Under Marine Heatwaves/);
    expect(run.stdout).toMatch(/## 1\. (CLOZE|QUESTION) \(topic: [^)]+\)\n\n- Prompt: .+\n- Answer: .+\n/);
    expect(run.stdout).toContain("- Source sentence (");
  });

  it("exits 2 with a one-line error for a missing, empty or binary file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "claimdeck-"));
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(
      path.join(dir, "image.png"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const cases = [
      [path.join(dir, "missing.txt"), "does not exist"],
      [path.join(dir, "empty.txt"), "is empty"],
      [path.join(dir, "image.png"), "is not a text or PDF file"],
    ];
    for (const [file, message] of cases) {
      const run = deck("generate", file);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(message);
    }
  });
});
