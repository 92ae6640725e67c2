import { describe, expect, it } from "vitest";
import { causeQuestions } from "./causes";

const asked = (text: string) => causeQuestions(text).map(({ prompt, answer }) => `${prompt} → ${answer}`);

describe("causeQuestions", () => {
  it("shows the effect and asks the cause, whichever comes first", () => {
    expect(asked("Because self-attention has no notion of order, transformers add positional encodings.")).toEqual([
      "Transformers add positional encodings because _____. → self-attention has no notion of order",
    ]);
    expect(asked("A credible central bank anchors expectations, so that a price shock does not last.")).toEqual([
      "A price shock does not last because _____. → a credible central bank anchors expectations",
    ]);
  });

  it("reads 'Since' with a date as when, not why", () => {
    expect(asked("Since 1 October 2021, food prepacked for direct sale must carry a full ingredients list.")).toEqual(
      [],
    );
  });

  it("keeps the capital of a name the cause opens with", () => {
    expect(asked("SEI growth follows the square root of time, so capacity loss is fastest early.")).toEqual([
      "Capacity loss is fastest early because _____. → SEI growth follows the square root of time",
    ]);
  });

  it("keeps the capital of a people's adjective", () => {
    expect(asked("Roman aqueducts relied on gravity, so the channel had to fall steadily.")).toEqual([
      "The channel had to fall steadily because _____. → Roman aqueducts relied on gravity",
    ]);
  });

  it("asks why a subject has the property that follows from what it does", () => {
    expect(
      asked("Recurrent neural networks process one token at a time, which makes them slow to train on long sequences."),
    ).toEqual([
      "Why are recurrent neural networks slow to train on long sequences? → they process one token at a time",
    ]);
  });

  it("does not turn an effect on 'every token' into a prompt that names nothing", () => {
    expect(
      asked(
        "The transformer replaces recurrence with self-attention, so that every token attends to every other token.",
      ),
    ).toEqual([]);
  });

  it("asks no cause put first whose clause runs on into a relative clause", () => {
    const questions = causeQuestions(
      "Because Linear B was evidently a syllabary, in which each sign represents a syllable, a change of ending would fall mid-syllable.",
    );
    expect(questions.filter((question) => question.causeFirst)).toEqual([]);
  });

  it("asks no effect cut short before a formula", () => {
    const questions = causeQuestions(
      "A false positive requires all k probed bits to be 1, so the false-positive probability p is approximately",
    );
    expect(questions).toEqual([]);
  });
});
