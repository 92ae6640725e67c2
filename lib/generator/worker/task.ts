/**
 * What a generator worker thread runs: article bytes or text in, the deck out. Built on its own
 * into .build/generator-task.mjs (npm run build:worker), since worker threads load files at run
 * time and the app's bundles are not files Node can load.
 */
import { AppError } from "../../errors";
import { generateDeck } from "../generate";
import { articleTextFromBytes } from "../input";
import type { GeneratedDeck } from "../types";

export type GeneratorTask = { bytes: Uint8Array; name: string } | { text: string };

export type GeneratorOutcome =
  { ok: true; text: string; deck: GeneratedDeck } | { ok: false; status: number; message: string };

/** Refusals (not a PDF, empty, too large) come back as data: errors lose their class between threads. */
export default async function runGeneratorTask(task: GeneratorTask): Promise<GeneratorOutcome> {
  try {
    const text = "text" in task ? task.text : await articleTextFromBytes(task.bytes, task.name);
    return { ok: true, text, deck: generateDeck(text) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, status: error.status, message: error.message };
    throw error;
  }
}
