import { Button } from "@/app/_components/ui/Button";
import { Field } from "@/app/_components/ui/Field";

/** The deck's title, what the draft holds, and the save button. */
export function ImportToolbar(props: {
  title: string;
  /** Set when the server refused the title: the id of the message saying why. */
  titleErrorId: string | null;
  onTitleChange: (title: string) => void;
  claims: number;
  topics: number;
  keptCards: number;
  totalCards: number;
  saving: boolean;
  canSave: boolean;
  onSave: () => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
      <div className="min-w-64 flex-1">
        <Field
          label="Deck title"
          value={props.title}
          onChange={(event) => props.onTitleChange(event.target.value)}
          errorId={props.titleErrorId}
        />
      </div>
      <p className="text-sm text-stone-500" data-testid="import-summary">
        {props.claims} claims · {props.topics} topics · {props.keptCards} of {props.totalCards} cards kept
      </p>
      <Button onClick={props.onSave} disabled={!props.canSave}>
        {props.saving ? "Saving…" : "Save deck"}
      </Button>
    </div>
  );
}
