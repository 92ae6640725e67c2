/** Cache names shared by the service worker and the page that clears them at sign-out. */
export const PAGES_CACHE = "claimdeck-pages";
export const STATIC_CACHE = "claimdeck-static";

/**
 * What the page sends to have itself kept. A request the page builds is never a navigation, so the
 * service worker knows it for a page by this header, the one a browser sends when it opens a page.
 */
export const PAGE_ACCEPT = "text/html";
