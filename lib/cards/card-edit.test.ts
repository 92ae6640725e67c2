import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { checkCardEdit, type EditableCard } from "./card-edit";

const cloze: EditableCard = {
  type: "CLOZE",
  prompt: "EMT enhances the _____ of cancer cells.",
  answer: "migration and invasion",
  options: [],
};
const choice: EditableCard = {
  type: "MULTIPLE_CHOICE",
  prompt: "Which process lets cancer cells migrate?",
  answer: "EMT",
  options: ["angiogenesis", "EMT", "dormancy", "anoikis"],
};

function refusal(card: EditableCard, input: { prompt: string; answer: string }) {
  try {
    checkCardEdit(card, input);
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, message: error.message, field: error.field };
    throw error;
  }
  throw new Error("the edit was accepted");
}

describe("checking a student's edit of a card", () => {
  it("keeps an edit as one tidy line", () => {
    expect(
      checkCardEdit(cloze, { prompt: "  EMT  enhances\nthe _____ of tumour cells. ", answer: " motility " }),
    ).toEqual({
      prompt: "EMT enhances the _____ of tumour cells.",
      answer: "motility",
    });
  });

  it("refuses an empty prompt or answer, naming the field", () => {
    expect(refusal(cloze, { prompt: "  \n ", answer: "x" })).toMatchObject({ status: 400, field: "prompt" });
    expect(refusal(cloze, { prompt: cloze.prompt, answer: "\t" })).toMatchObject({ status: 400, field: "answer" });
  });

  it("keeps the gap of a fill-the-gap card", () => {
    expect(refusal(cloze, { prompt: "EMT enhances migration.", answer: "migration" })).toEqual({
      status: 400,
      message: "Keep the gap (_____) in a fill-the-gap prompt.",
      field: "prompt",
    });
  });

  it("refuses a multiple-choice answer that repeats another option, whatever its case", () => {
    expect(refusal(choice, { prompt: choice.prompt, answer: "Dormancy" })).toMatchObject({ field: "answer" });
    expect(checkCardEdit(choice, { prompt: choice.prompt, answer: "epithelial-mesenchymal transition" }).answer).toBe(
      "epithelial-mesenchymal transition",
    );
  });

  it("refuses an edit that changes nothing", () => {
    expect(refusal(cloze, { prompt: ` ${cloze.prompt}`, answer: cloze.answer })).toMatchObject({
      status: 400,
      message: "Nothing changed: edit the prompt or the answer first.",
    });
  });
});
