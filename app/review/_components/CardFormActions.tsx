import { Button } from "@/app/_components/ui/Button";

/** The submit and cancel row shared by the card forms opened from the review, with their keys. */
export function CardFormActions({ label, saving, onCancel }: { label: string; saving: boolean; onCancel: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="submit" size="sm" disabled={saving}>
        {saving ? "Saving…" : label} <kbd className="ml-2 border-white/30 bg-white/15 text-accent-fg">Enter</kbd>
      </Button>
      <Button variant="secondary" size="sm" onClick={onCancel}>
        Cancel <kbd className="ml-2">Esc</kbd>
      </Button>
    </div>
  );
}
