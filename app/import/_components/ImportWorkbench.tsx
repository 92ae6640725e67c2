"use client";

import { useId } from "react";
import { ArticleText } from "./ArticleText";
import { ImportForm } from "./ImportForm";
import { ImportProgress } from "./ImportProgress";
import { ImportToolbar } from "./ImportToolbar";
import { TopicGroup } from "./TopicGroup";
import { useImportDraft } from "./useImportDraft";

export function ImportWorkbench() {
  const draft = useImportDraft();
  const { preview } = draft;
  const errorId = useId();

  return (
    <div className="space-y-6">
      <ImportForm
        status={draft.status}
        error={draft.error?.message ?? null}
        errorId={errorId}
        onGenerate={draft.generate}
      />

      {draft.status !== "idle" && <ImportProgress key={draft.status} saving={draft.status === "saving"} />}

      {preview && (
        <section className="space-y-4" data-testid="import-preview">
          <ImportToolbar
            title={draft.title}
            titleErrorId={draft.error?.field === "title" ? errorId : null}
            onTitleChange={draft.setTitle}
            claims={preview.deck.claims.length}
            topics={preview.deck.topics.length}
            keptCards={draft.keptCards.length}
            totalCards={preview.deck.cards.length}
            saving={draft.status === "saving"}
            canSave={draft.status === "idle" && draft.keptCards.length > 0}
            onSave={draft.save}
          />
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
              {preview.deck.topics.map((topic) => (
                <TopicGroup
                  key={topic.id}
                  topic={topic}
                  name={draft.topicNames[topic.id] ?? topic.name}
                  onRename={(name) => draft.renameTopic(topic.id, name)}
                  cards={preview.deck.cards.filter((card) => card.topicId === topic.id)}
                  excluded={draft.excluded}
                  activeKey={draft.activeKey}
                  onToggle={draft.toggleCard}
                  onHover={(card) => draft.setActiveKey(card.key)}
                  onShowSource={draft.showSource}
                />
              ))}
            </div>
            <aside
              tabIndex={0}
              aria-label="Article, with card sources marked"
              className={
                "max-h-[80vh] overflow-y-auto rounded-2xl border border-stone-200 bg-white p-5 shadow-sm " +
                "lg:sticky lg:top-4"
              }
            >
              <h2 className="mb-3 text-xs font-semibold uppercase tracking-wide text-stone-500">
                Article, with card sources marked
              </h2>
              <ArticleText text={preview.deck.cleanText} cards={draft.keptCards} activeKey={draft.activeKey} />
            </aside>
          </div>
        </section>
      )}
    </div>
  );
}
