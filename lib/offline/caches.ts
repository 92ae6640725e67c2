/** Cache names shared by the service worker and the page that clears them at sign-out. */
export const PAGES_CACHE = "claimdeck-pages";
export const STATIC_CACHE = "claimdeck-static";
