/**
 * The colour theme is chosen per device, in a cookie: a phone read under a lecture hall's dimmed
 * lights and a desktop in daylight want different themes, and the sign-in pages need it before
 * anyone is signed in. "system" follows the device's prefers-color-scheme.
 */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = "claimdeck-theme";
/** A year: the choice belongs to the device, not to a session. */
export const THEME_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

export function parseTheme(value: string | undefined | null): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : "system";
}

/** The data-theme attribute the page is rendered with; none lets the CSS follow the device. */
export function themeAttribute(theme: Theme): "light" | "dark" | undefined {
  return theme === "system" ? undefined : theme;
}
