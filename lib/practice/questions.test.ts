import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normaliseAnswer } from "./match";
import { buildPracticeQuestions, drawPracticeCards, optionsWith, type PracticeCard } from "./questions";
import { seededRandom } from "./random";

const TYPES = ["CLOZE", "QUESTION", "MULTIPLE_CHOICE", "TOPIC", "REFERENCE"];

/** A deck of `count` cards over `topics` topics, two cards per claim, with repeated answers on purpose. */
function deck(count: number, topics: number, recall: (i: number) => number = () => 0): PracticeCard[] {
  return Array.from({ length: count }, (_, i) => ({
    cardId: `card-${i}`,
    claimId: `claim-${Math.floor(i / 2)}`,
    topicId: `topic-${i % topics}`,
    topicName: `Topic ${i % topics}`,
    type: TYPES[i % TYPES.length],
    prompt: `Sentence ${i} says _____ matters.`,
    answer: i % 4 === 0 ? "Angiogenesis" : `answer ${i % 7}`,
    options: i % 5 === 2 ? [`answer ${i % 7}`, "ANSWER 1", "answer 1.", "other"] : [],
    claimText: `Claim ${Math.floor(i / 2)}.`,
    recall: recall(i),
  }));
}

const topicNames = (topics: number) => Array.from({ length: topics }, (_, t) => `Topic ${t}`);

describe("practice questions", () => {
  it("never repeat an option and always include the right answer (any deck, any seed)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer(),
        (count, topics, seed) => {
          const questions = buildPracticeQuestions(deck(count, topics), {
            count: 20,
            topicNames: topicNames(topics),
            topicLabel: "mechanism",
            random: seededRandom(seed),
          });
          expect(questions).toHaveLength(Math.min(20, count));
          expect(new Set(questions.map((q) => q.cardId)).size).toBe(questions.length);
          for (const question of questions) {
            if (question.format === "cloze") continue;
            expect(question.options).toContain(question.answer);
            const keys = question.options.map(normaliseAnswer);
            expect(new Set(keys).size).toBe(keys.length);
            expect(question.options.length).toBeGreaterThanOrEqual(2);
            expect(question.options.length).toBeLessThanOrEqual(4);
          }
        },
      ),
    );
  });

  it("ask in all three formats and name the deck's topic label", () => {
    const questions = buildPracticeQuestions(deck(30, 5), {
      count: 12,
      topicNames: topicNames(5),
      topicLabel: "mechanism",
      random: seededRandom(7),
    });
    expect(new Set(questions.map((q) => q.format))).toEqual(new Set(["cloze", "multiple_choice", "topic"]));
    const topic = questions.find((q) => q.format === "topic")!;
    expect(topic.prompt).toMatch(/^Which mechanism does this claim belong to\?/);
  });

  it("visit every topic before repeating one", () => {
    const picked = drawPracticeCards(deck(40, 5), 5, seededRandom(3));
    expect(new Set(picked.map((card) => card.topicId)).size).toBe(5);
  });

  it("draw weak cards more often than strong ones", () => {
    const cards = deck(40, 1, (i) => (i < 20 ? 0 : 1)); // the first half never studied, the rest well known
    let weak = 0;
    for (let seed = 0; seed < 200; seed++)
      weak += drawPracticeCards(cards, 5, seededRandom(seed)).filter((card) => card.recall === 0).length;
    expect(weak / (200 * 5)).toBeGreaterThan(0.7);
  });

  it("keep the answer among options even when every candidate repeats it", () => {
    expect(optionsWith("Angiogenesis", ["angiogenesis", "ANGIOGENESIS."], seededRandom(1))).toEqual(["Angiogenesis"]);
  });
});
