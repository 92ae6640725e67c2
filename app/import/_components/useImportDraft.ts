"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { readApiError, sendJson, type ApiError } from "@/app/_components/api";
import type { GeneratedCard, GeneratedDeck } from "@/lib/generator/types";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/limits";

/** The article as the student hands it in: pasted text, or the chosen file (null until one is chosen). */
export type ArticleSource = { kind: "paste"; text: string } | { kind: "file"; file: File | null };

export type DraftStatus = "idle" | "reading" | "saving";

interface Preview {
  text: string;
  deck: GeneratedDeck;
}

/** The request body for a preview, or why there is nothing worth sending. */
function previewRequest(source: ArticleSource): FormData | string {
  const form = new FormData();
  if (source.kind === "file") {
    if (!source.file) return "Choose a .txt, .md or .pdf file first.";
    if (source.file.size > MAX_UPLOAD_BYTES) return `${source.file.name} is larger than ${MAX_UPLOAD_LABEL}.`;
    form.set("file", source.file);
  } else {
    if (!source.text.trim()) return "Paste an article first.";
    form.set("text", source.text);
  }
  return form;
}

/**
 * An import in progress: the generated preview and the student's edits to it (unticked cards, topic names,
 * title), with the two requests that make it: preview the article, then save the edited deck.
 */
export function useImportDraft() {
  const router = useRouter();
  const [status, setStatus] = useState<DraftStatus>("idle");
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [topicNames, setTopicNames] = useState<Record<string, string>>({});
  const [title, setTitle] = useState("");
  const [activeKey, setActiveKey] = useState<string | null>(null);

  async function generate(source: ArticleSource) {
    setError(null);
    const request = previewRequest(source);
    if (typeof request === "string") return setError({ message: request });
    setStatus("reading");
    const response = await fetch("/api/import/preview", { method: "POST", body: request }).catch(() => null);
    setStatus("idle");
    if (!response) return setError({ message: "The server could not be reached. Check the connection and try again." });
    if (!response.ok) return setError(await readApiError(response));
    const result = (await response.json()) as Preview;
    setPreview(result);
    setExcluded(new Set());
    setTopicNames({});
    setTitle(result.deck.article.title);
  }

  async function save() {
    if (!preview) return;
    setStatus("saving");
    setError(null);
    const renamed = Object.fromEntries(Object.entries(topicNames).filter(([, name]) => name.trim()));
    const response = await sendJson("/api/import", {
      text: preview.text,
      title,
      excludedCardKeys: [...excluded],
      topicNames: renamed,
    });
    if (!response.ok) {
      setStatus("idle");
      return setError(await readApiError(response));
    }
    const { deckId } = (await response.json()) as { deckId: string };
    router.push(`/review?deck=${encodeURIComponent(deckId)}`);
  }

  const keptCards = useMemo(
    () => preview?.deck.cards.filter((card) => !excluded.has(card.key)) ?? [],
    [preview, excluded],
  );

  function toggleCard(card: GeneratedCard) {
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(card.key)) next.delete(card.key);
      else next.add(card.key);
      return next;
    });
  }

  function renameTopic(topicId: string, name: string) {
    setTopicNames((names) => ({ ...names, [topicId]: name }));
  }

  /** Marks the card and scrolls the article to the sentence it came from. */
  function showSource(card: GeneratedCard) {
    setActiveKey(card.key);
    document.getElementById(`source-${card.source.start}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  return {
    status,
    error,
    preview,
    title,
    setTitle,
    excluded,
    topicNames,
    activeKey,
    setActiveKey,
    keptCards,
    generate,
    save,
    toggleCard,
    renameTopic,
    showSource,
  };
}
