/** The blank every cloze and numeric choice card shows in place of its answer. */
export const BLANK = "_____";
