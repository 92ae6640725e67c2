/**
 * A prompt quoted out of its paragraph meets "CTCs" with nothing to say what they are: the first
 * use is spelled out as the article defines it, "Circulating Tumor Cells (CTCs)", unless the prompt
 * already does or the spelled-out form would give the answer away.
 */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function spellOutAcronyms(prompt: string, answer: string, acronyms: Map<string, string>): string {
  let spelled = prompt;
  const lowerAnswer = answer.toLowerCase();
  for (const [acronym, expansion] of acronyms) {
    const lowerExpansion = expansion.toLowerCase();
    if (spelled.toLowerCase().includes(lowerExpansion)) continue;
    if (lowerAnswer.includes(lowerExpansion) || new RegExp(`\\b${escaped(acronym)}s?\\b`).test(answer)) continue;
    // "DAPA-CKD" is a trial's name, not a use of "CKD".
    const use = new RegExp(`(?<![\\w(-])(${escaped(acronym)}s?)(?![\\w)-])`).exec(spelled);
    if (!use) continue;
    // "CTCs" takes "Circulating Tumor Cells"; a singular use of a plural expansion stays as it is.
    if (use[1].endsWith("s") !== /s$/i.test(expansion) && !acronym.endsWith("s")) continue;
    // "Seasonal coefficient of performance" was capitalised only where a sentence began.
    const common = expansion
      .split(" ")
      .slice(1)
      .every((word) => !/^[A-Z]/.test(word));
    const inSentence = common ? expansion.charAt(0).toLowerCase() + expansion.slice(1) : expansion;
    const named = use.index === 0 ? inSentence.charAt(0).toUpperCase() + inSentence.slice(1) : inSentence;
    // "an SCOP" becomes "a seasonal coefficient…".
    let before = spelled.slice(0, use.index);
    const article = before.match(/\b(an?) $/i);
    if (article) before = before.slice(0, -article[0].length) + (/^[aeiou]/i.test(named) ? "an " : "a ");
    spelled = `${before}${named} (${use[1]})${spelled.slice(use.index + use[1].length)}`;
  }
  return spelled;
}
