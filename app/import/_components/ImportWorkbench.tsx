"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { GeneratedCard, GeneratedDeck } from "@/lib/generator/types";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/limits";
import { ArticleText } from "./ArticleText";

const TYPE_LABELS: Record<string, string> = {
  CLOZE: "Cloze",
  QUESTION: "Question",
  MULTIPLE_CHOICE: "Multiple choice",
  TOPIC: "Topic",
  REFERENCE: "Reference",
};

interface Preview {
  text: string;
  deck: GeneratedDeck;
}

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The server refused the request (${response.status}).`;
}

export function ImportWorkbench() {
  const router = useRouter();
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const [pasted, setPasted] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [topicNames, setTopicNames] = useState<Record<string, string>>({});
  const [title, setTitle] = useState("");
  const [activeKey, setActiveKey] = useState<string | null>(null);

  async function generate(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const form = new FormData();
    if (mode === "file") {
      if (!file) return setError("Choose a .txt, .md or .pdf file first.");
      if (file.size > MAX_UPLOAD_BYTES) return setError(`${file.name} is larger than ${MAX_UPLOAD_LABEL}.`);
      form.set("file", file);
    } else {
      if (!pasted.trim()) return setError("Paste an article first.");
      form.set("text", pasted);
    }
    setBusy(true);
    const response = await fetch("/api/import/preview", { method: "POST", body: form });
    setBusy(false);
    if (!response.ok) return setError(await errorOf(response));
    const result = (await response.json()) as Preview;
    setPreview(result);
    setExcluded(new Set());
    setTopicNames({});
    setTitle(result.deck.article.title);
  }

  async function save() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    const renamed = Object.fromEntries(Object.entries(topicNames).filter(([, name]) => name.trim()));
    const response = await fetch("/api/import", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: preview.text, title, excludedCardKeys: [...excluded], topicNames: renamed }),
    });
    if (!response.ok) {
      setBusy(false);
      return setError(await errorOf(response));
    }
    const { deckId } = (await response.json()) as { deckId: string };
    router.push(`/review?deck=${encodeURIComponent(deckId)}`);
  }

  const keptCards = useMemo(() => preview?.deck.cards.filter((card) => !excluded.has(card.key)) ?? [], [preview, excluded]);

  function toggle(card: GeneratedCard) {
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(card.key)) next.delete(card.key);
      else next.add(card.key);
      return next;
    });
  }

  function focus(card: GeneratedCard) {
    setActiveKey(card.key);
    document.getElementById(`source-${card.source.start}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={generate} className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
        <div className="flex gap-2 text-sm" role="tablist">
          {(["paste", "file"] as const).map((option) => (
            <button
              key={option}
              type="button"
              role="tab"
              aria-selected={mode === option}
              onClick={() => setMode(option)}
              className={`rounded-md px-3 py-1.5 ${mode === option ? "bg-indigo-600 text-white" : "border border-stone-300 text-stone-700 hover:bg-stone-50"}`}
            >
              {option === "paste" ? "Paste text" : "Upload a file"}
            </button>
          ))}
        </div>
        {mode === "paste" ? (
          <label className="block text-sm">
            <span className="font-medium text-stone-700">Article text</span>
            <textarea
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
              rows={10}
              placeholder="Paste the article, references included…"
              className="mt-1 block w-full rounded-md border border-stone-300 p-3 font-serif text-sm shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200"
            />
          </label>
        ) : (
          <label className="block text-sm">
            <span className="font-medium text-stone-700">
              Article file (.txt, .md or .pdf with a text layer, up to {MAX_UPLOAD_LABEL})
            </span>
            <input
              type="file"
              accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              className="mt-2 block text-sm"
            />
          </label>
        )}
        {error && (
          <p role="alert" data-testid="import-error" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-700">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500 disabled:opacity-60">
          {busy && !preview ? "Reading the article…" : "Generate cards"}
        </button>
      </form>

      {preview && (
        <section className="space-y-4" data-testid="import-preview">
          <div className="flex flex-wrap items-end gap-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
            <label className="min-w-64 flex-1 text-sm">
              <span className="font-medium text-stone-700">Deck title</span>
              <input
                value={title}
                onChange={(event) => setTitle(event.target.value)}
                className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200"
              />
            </label>
            <p className="text-sm text-stone-500" data-testid="import-summary">
              {preview.deck.claims.length} claims · {preview.deck.topics.length} topics · {keptCards.length} of {preview.deck.cards.length} cards kept
            </p>
            <button
              type="button"
              onClick={save}
              disabled={busy || keptCards.length === 0}
              className="rounded-md bg-emerald-600 px-4 py-2 font-medium text-white hover:bg-emerald-500 disabled:opacity-60"
            >
              {busy ? "Saving…" : "Save deck"}
            </button>
          </div>
          {preview.deck.warnings.length > 0 && (
            <details className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
              <summary>{preview.deck.warnings.length} cards were dropped or look suspect</summary>
              <ul className="mt-2 list-disc pl-5">
                {preview.deck.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
            <div className="space-y-5">
              {preview.deck.topics.map((topic) => {
                const cards = preview.deck.cards.filter((card) => card.topicId === topic.id);
                return (
                  <div key={topic.id} className="rounded-2xl border border-stone-200 bg-white shadow-sm" data-testid="topic-group">
                    <div className="border-b border-stone-100 px-4 py-3">
                      <label className="flex items-center gap-2 text-sm">
                        <span className="text-xs uppercase tracking-wide text-stone-400">Topic</span>
                        <input
                          aria-label={`Name of topic ${topic.name}`}
                          value={topicNames[topic.id] ?? topic.name}
                          onChange={(event) => setTopicNames((names) => ({ ...names, [topic.id]: event.target.value }))}
                          className="flex-1 rounded border border-transparent px-2 py-1 font-semibold text-stone-900 hover:border-stone-200 focus:border-indigo-400 focus:outline-none"
                        />
                        <span className="text-xs text-stone-400">{cards.length} cards</span>
                      </label>
                    </div>
                    <ul className="divide-y divide-stone-100">
                      {cards.map((card) => (
                        <li
                          key={card.key}
                          className={`flex gap-3 px-4 py-3 text-sm ${excluded.has(card.key) ? "opacity-50" : ""} ${activeKey === card.key ? "bg-amber-50" : ""}`}
                          onMouseEnter={() => setActiveKey(card.key)}
                          data-testid="preview-card"
                        >
                          <input
                            type="checkbox"
                            checked={!excluded.has(card.key)}
                            onChange={() => toggle(card)}
                            aria-label={`Keep card: ${card.prompt}`}
                            className="mt-1 h-4 w-4 accent-indigo-600"
                          />
                          <button type="button" onClick={() => focus(card)} className="flex-1 space-y-1 text-left">
                            <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{TYPE_LABELS[card.type]}</span>
                            <span className="text-stone-900">{card.prompt}</span>
                            {card.options && <span className="block text-xs text-stone-500">Options: {card.options.join(" · ")}</span>}
                            <span className="block text-emerald-700">→ {card.answer}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
            <aside className="max-h-[80vh] overflow-y-auto rounded-2xl border border-stone-200 bg-white p-5 shadow-sm lg:sticky lg:top-4">
              <h2 className="mb-3 text-xs font-semibold uppercase tracking-wide text-stone-400">Article, with card sources marked</h2>
              <ArticleText text={preview.deck.cleanText} cards={keptCards} activeKey={activeKey} />
            </aside>
          </div>
        </section>
      )}
    </div>
  );
}
