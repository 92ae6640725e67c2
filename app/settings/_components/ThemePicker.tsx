"use client";

import { useState } from "react";
import { THEME_COOKIE, THEME_COOKIE_MAX_AGE_S, THEMES, themeAttribute, type Theme } from "@/lib/theme/theme";

const LABELS: Record<Theme, string> = { system: "Same as this device", light: "Light", dark: "Dark" };

function applyTheme(theme: Theme) {
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=${THEME_COOKIE_MAX_AGE_S}; samesite=lax`;
  const attribute = themeAttribute(theme);
  const root = document.documentElement;
  if (attribute) root.setAttribute("data-theme", attribute);
  else root.removeAttribute("data-theme");
}

/** Saved on this device (a cookie the server renders the page with), and applied at once. */
export function ThemePicker({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState(initial);
  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }
  return (
    <fieldset>
      <legend className="font-medium text-stone-900">Appearance</legend>
      <p className="mt-1 text-sm text-stone-500">Kept on this device, so a phone and a laptop can differ.</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {THEMES.map((option) => (
          <label
            key={option}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:text-accent-ink"
          >
            <input
              type="radio"
              name="theme"
              value={option}
              checked={theme === option}
              onChange={() => choose(option)}
              className="accent-[var(--color-accent)]"
            />
            {LABELS[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
