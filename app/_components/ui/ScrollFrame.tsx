import type { ReactNode } from "react";

/**
 * A table's frame that scrolls sideways on a phone. Keyboards can focus and scroll it too, so it is a
 * named region (axe: scrollable-region-focusable).
 */
export function ScrollFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-sm"
      tabIndex={0}
      role="region"
      aria-label={`${label}, scrolls sideways`}
    >
      {children}
    </div>
  );
}
