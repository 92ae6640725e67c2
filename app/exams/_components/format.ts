/** Display helpers for the exam pages. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

export const plural = (count: number, word: string, many = `${word}s`) => `${count} ${count === 1 ? word : many}`;

export { budgetText } from "@/lib/exams/advice";

export const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
