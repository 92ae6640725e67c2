import type { ReactNode } from "react";

export type NoticeTone = "error" | "success" | "info";

const TONES: Record<NoticeTone, string> = {
  error: "border-rose-200 bg-rose-50 text-rose-700",
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
  info: "border-accent-line bg-accent-soft text-accent-ink",
};

/**
 * A message about what just happened. Errors are announced at once (role=alert); the rest politely (role=status).
 * Renders nothing without children, so forms can pass their current message unconditionally.
 */
export function Notice({
  tone,
  id,
  testId,
  onDismiss,
  children,
}: {
  tone: NoticeTone;
  id?: string;
  testId?: string;
  onDismiss?: () => void;
  children: ReactNode;
}) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <p
      id={id}
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
      className={`flex items-center justify-between gap-3 rounded-md border px-3 py-2 text-sm ${TONES[tone]}`}
    >
      <span>{children}</span>
      {onDismiss && (
        <button type="button" onClick={onDismiss} aria-label="Dismiss" className="opacity-70 hover:opacity-100">
          ×
        </button>
      )}
    </p>
  );
}
