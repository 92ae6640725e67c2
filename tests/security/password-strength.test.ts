import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/auth/password-strength";

const person = { email: "ada.lovelace@example.test", name: "Ada Lovelace" };

describe("passwordWeakness", () => {
  it.each([
    "password",
    "        ",
    "12345678",
    "qwertyuiop",
    "ada.lovelace@example.test",
    "adalovelace",
    "Lovelace1",
    "aaaaaaaaaaaa",
  ])("refuses %j with a message that says why", (password) => {
    expect(passwordWeakness(password, person)).toMatch(/^That password is too easy to guess\./);
  });

  it.each(["correct horse battery staple", "violet-trombone-mackerel-41", "Gq7#pL2!vX9m"])(
    "accepts the strong password %j",
    (password) => {
      expect(passwordWeakness(password, person)).toBeNull();
    },
  );

  it("refuses a password built from this user's name that would pass for someone else", () => {
    const owner = { email: "zyxquen@example.test", name: "Zyxquen Brovalt" };
    expect(passwordWeakness("zyxquenbrovalt", { email: "someone@example.test" })).toBeNull();
    expect(passwordWeakness("zyxquenbrovalt", owner)).toMatch(/personal/);
  });
});
