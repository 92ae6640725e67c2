"use client";

import { useState } from "react";
import { Button } from "@/app/_components/ui/Button";
import { TextAreaField } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import type { ArticleSource, DraftStatus } from "./useImportDraft";
import { MAX_UPLOAD_LABEL } from "@/lib/limits";

const FILE_TYPES = ".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf";

/** Paste an article or pick a file, and ask for a preview of its cards. */
export function ImportForm(props: {
  status: DraftStatus;
  error: string | null;
  errorId: string;
  onGenerate: (source: ArticleSource) => void;
}) {
  const [mode, setMode] = useState<ArticleSource["kind"]>("paste");
  const [pasted, setPasted] = useState("");
  const [file, setFile] = useState<File | null>(null);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    props.onGenerate(mode === "file" ? { kind: "file", file } : { kind: "paste", text: pasted });
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
      <div className="flex gap-2" role="tablist">
        {(["paste", "file"] as const).map((option) => (
          <Button
            key={option}
            role="tab"
            aria-selected={mode === option}
            variant={mode === option ? "primary" : "secondary"}
            size="sm"
            onClick={() => setMode(option)}
          >
            {option === "paste" ? "Paste text" : "Upload a file"}
          </Button>
        ))}
      </div>
      {mode === "paste" ? (
        <TextAreaField
          label="Article text"
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          rows={10}
          placeholder="Paste the article, references included…"
          className="font-serif"
        />
      ) : (
        <label className="block text-sm">
          <span className="font-medium text-stone-700">
            Article file (.txt, .md or .pdf with a text layer, up to {MAX_UPLOAD_LABEL})
          </span>
          <input
            type="file"
            accept={FILE_TYPES}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            className="mt-2 block text-sm"
          />
        </label>
      )}
      <Notice tone="error" id={props.errorId} testId="import-error">
        {props.error}
      </Notice>
      <Button type="submit" disabled={props.status !== "idle"}>
        {props.status === "reading" ? "Reading the article…" : "Generate cards"}
      </Button>
    </form>
  );
}
