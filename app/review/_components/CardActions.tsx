"use client";

import { useCallback, useEffect, useRef, useState, type Dispatch } from "react";
import type { SessionAction } from "@/lib/review/session";
import type { ReviewCardView } from "@/lib/review/types";
import { flagReasonLabel } from "@/lib/cards/flag-reasons";
import { readApiError, sendJson } from "@/app/_components/api";
import { EditCardForm, type SavedEdit } from "./EditCardForm";
import { FlagCardForm } from "./FlagCardForm";
import { CardActionNotice, type ActionNotice } from "./CardActionNotice";

type Mode = "edit" | "flag";

const ACTION_BUTTON =
  "inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm text-stone-700 " +
  "hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.isContentEditable);

/** Sets a card's suspension; the new version, or the reason it failed. */
async function putSuspension(cardId: string, suspended: boolean): Promise<{ version: number } | { error: string }> {
  const response = await sendJson("/api/cards/suspension", { cardId, suspended }, "PUT").catch(() => null);
  if (!response) return { error: "the server is out of reach." };
  if (!response.ok) return { error: (await readApiError(response)).message };
  return (await response.json()) as { version: number };
}

/**
 * The review's safety net for a bad card: E edits its prompt and answer (only for this student),
 * S suspends it (it leaves the queue at once; the notice can undo it), F flags it with a reason.
 */
export function CardActions({
  card,
  dispatch,
}: {
  /** The card on screen; none once the day is done (a suspension's notice stays, to undo it). */
  card: ReviewCardView | undefined;
  dispatch: Dispatch<SessionAction>;
}) {
  const [notice, setNotice] = useState<ActionNotice | null>(null);

  const suspend = useCallback(
    async (target: ReviewCardView) => {
      dispatch({ type: "remove", cardId: target.cardId, now: Date.now() });
      const text = "Card suspended: it won't come up again until you unsuspend it.";
      setNotice({ tone: "info", text, suspended: target, deckId: target.deckId });
      const saved = await putSuspension(target.cardId, true);
      if ("version" in saved) {
        const withVersion = { ...target, version: saved.version };
        setNotice((now) => (now?.suspended?.cardId === target.cardId ? { ...now, suspended: withVersion } : now));
        return;
      }
      dispatch({ type: "reinstate", card: target, now: Date.now() });
      setNotice({ tone: "error", text: `The card could not be suspended: ${saved.error}`, deckId: target.deckId });
    },
    [dispatch],
  );

  const unsuspend = useCallback(
    async (target: ReviewCardView) => {
      const saved = await putSuspension(target.cardId, false);
      if ("error" in saved) {
        const text = `The card is still suspended: ${saved.error}`;
        return setNotice({ tone: "error", text, suspended: target, deckId: target.deckId });
      }
      dispatch({ type: "reinstate", card: { ...target, version: saved.version }, now: Date.now() });
      setNotice({ tone: "info", text: "Card unsuspended.", deckId: target.deckId });
    },
    [dispatch],
  );

  return (
    <>
      {card && <CardActionBar card={card} dispatch={dispatch} onSuspend={suspend} onNotice={setNotice} />}
      {notice && <CardActionNotice notice={notice} onUndo={unsuspend} onDismiss={() => setNotice(null)} />}
    </>
  );
}

function CardActionBar({
  card,
  dispatch,
  onSuspend,
  onNotice,
}: {
  card: ReviewCardView;
  dispatch: Dispatch<SessionAction>;
  onSuspend: (card: ReviewCardView) => void;
  onNotice: (notice: ActionNotice) => void;
}) {
  const [open, setOpen] = useState<{ mode: Mode; cardId: string } | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const mode = open?.cardId === card.cardId ? open.mode : null;
  const toggle = (next: Mode) => setOpen(mode === next ? null : { mode: next, cardId: card.cardId });

  const close = useCallback(() => {
    setOpen(null);
    // Back to the card's actions, not to a button: Space and Enter then reveal the answer as
    // everywhere else on the page, instead of pressing the button again.
    requestAnimationFrame(() => region.current?.focus());
  }, []);

  const edited = (saved: SavedEdit) => {
    const options = card.options.map((option) => (option === card.answer ? saved.answer : option));
    const updated = { ...card, prompt: saved.prompt, answer: saved.answer, options, edited: saved.edited };
    dispatch({ type: "saved", cardId: card.cardId, version: card.version, card: updated });
    const text = saved.edited ? "Edit saved: only you see this version." : "Back to the generated card.";
    onNotice({ tone: "info", text, deckId: card.deckId });
    close();
  };

  const flagged = (reason: string) => {
    onNotice({ tone: "info", text: `Flagged as “${flagReasonLabel(reason)}”.`, deckId: card.deckId });
    close();
  };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || typingIn(event.target) || mode) return;
      const key = event.key.toLowerCase();
      if (key === "e" || key === "f") {
        event.preventDefault(); // or the letter lands in the field the form focuses
        setOpen({ mode: key === "e" ? "edit" : "flag", cardId: card.cardId });
      } else if (key === "s") {
        event.preventDefault();
        onSuspend(card);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, mode, onSuspend]);

  return (
    <div
      ref={region}
      tabIndex={-1}
      role="group"
      aria-label="Card actions"
      className="space-y-3 outline-none"
      data-testid="card-actions"
    >
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={ACTION_BUTTON} aria-expanded={mode === "edit"} onClick={() => toggle("edit")}>
          Edit card <kbd>E</kbd>
        </button>
        <button type="button" className={ACTION_BUTTON} onClick={() => onSuspend(card)}>
          Suspend <kbd>S</kbd>
        </button>
        <button type="button" className={ACTION_BUTTON} aria-expanded={mode === "flag"} onClick={() => toggle("flag")}>
          Flag as bad card <kbd>F</kbd>
        </button>
        {card.edited && (
          <span className="text-xs text-stone-600" data-testid="card-edited">
            Edited by you
          </span>
        )}
      </div>
      {mode === "edit" && <EditCardForm card={card} onSaved={edited} onCancel={close} />}
      {mode === "flag" && <FlagCardForm card={card} onSaved={flagged} onCancel={close} />}
    </div>
  );
}
