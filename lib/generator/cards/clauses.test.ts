import { describe, expect, it } from "vitest";
import { findObject, findPurpose } from "./clauses";

const object = (text: string) => findObject(text)?.text ?? null;
const purpose = (text: string) => findPurpose(text)?.text ?? null;

describe("findObject and findPurpose", () => {
  it("finds what the main verb acts on, and what for", () => {
    const rates = "A central bank raises its policy interest rate to slow inflation.";
    expect(object(rates)).toBe("its policy interest rate");
    expect(purpose(rates)).toBe("slow inflation");
    expect(object("Ocean acidification lowers the carbonate saturation of seawater, which slows growth.")).toBe(
      "the carbonate saturation of seawater",
    );
    expect(object("Higher policy rates attract foreign capital and make the domestic currency stronger.")).toBe(
      "foreign capital",
    );
    expect(object("Herbivorous fish graze the seaweed that would otherwise smother young corals.")).toBe(
      "the seaweed that would otherwise smother young corals",
    );
  });

  it("finds nothing after a copula, a pronoun subject, an object with its complement or a pointer", () => {
    expect(object("Exosomes are tiny vesicles released by cells.")).toBeNull();
    expect(object("They attract foreign capital.")).toBeNull();
    expect(object("A stronger currency makes imported goods cheaper.")).toBeNull();
    expect(purpose("Cancer cells manipulate host cells to create this 'fertile soil' early.")).toBeNull();
  });
});
