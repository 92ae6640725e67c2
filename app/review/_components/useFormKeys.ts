import type { KeyboardEvent } from "react";

/**
 * Keys inside an inline card form: Enter (or Ctrl/Cmd+Enter) saves, Escape cancels. Every key stops
 * here, so the review's own shortcuts (Space, 1–4, Z, E, S, F) never fire while the student types.
 */
export function formKeyHandler(onSubmit: () => void, onCancel: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    } else if (event.key === "Enter" && !event.shiftKey && !event.altKey) {
      const onButton = (event.target as HTMLElement).tagName === "BUTTON";
      if (onButton && !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      onSubmit();
    }
  };
}
