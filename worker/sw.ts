/// <reference lib="webworker" />
/**
 * Claimdeck's service worker, bundled by scripts/build-worker.ts into public/sw.js. It keeps the app
 * shell and the pages the student opened, so the app (and today's review) opens without a network.
 * API answers are never cached: a student's reviews live in IndexedDB, per user, and in the server.
 * Signing out deletes the pages cache (see lib/offline/sign-out.ts).
 */
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  Serwist,
  type RouteMatchCallbackOptions,
  type SerwistPlugin,
} from "serwist";
import { PAGE_ACCEPT, PAGES_CACHE, STATIC_CACHE } from "../lib/offline/caches";

declare const self: ServiceWorkerGlobalScope;
declare const BUILD_ID: string;

const sameOrigin = ({ url }: RouteMatchCallbackOptions) => url.origin === self.location.origin;

/** A page opened by the browser, or one the page asked to be kept (see ServiceWorker.tsx). */
const isPageRequest = ({ request }: RouteMatchCallbackOptions) =>
  request.mode === "navigate" || (request.method === "GET" && request.headers.get("accept") === PAGE_ACCEPT);

/** Only a page the server answered itself, signed in, goes into the cache: no errors, no redirects to sign-in. */
const onlyPlainPages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
};

const serwist = new Serwist({
  precacheEntries: ["/manifest.webmanifest", "/icon.svg", "/icon-192.png", "/favicon.ico"].map((url) => ({
    url,
    revision: BUILD_ID,
  })),
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // Built assets have content hashes in their names: one copy each, forever.
      matcher: (options) => sameOrigin(options) && options.url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
    {
      // Pages: the network when it answers within a few seconds, the last copy otherwise.
      matcher: (options) => sameOrigin(options) && isPageRequest(options) && !options.url.pathname.startsWith("/api/"),
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: 4,
        // A kept page answers its URL whatever headers the later navigation carries.
        matchOptions: { ignoreVary: true },
        plugins: [onlyPlainPages, new ExpirationPlugin({ maxEntries: 30 })],
      }),
    },
  ],
});

serwist.addEventListeners();
