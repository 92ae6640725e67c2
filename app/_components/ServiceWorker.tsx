"use client";

import { useEffect } from "react";
import { PAGE_ACCEPT, PAGES_CACHE } from "@/lib/offline/caches";

const LAST_USER_KEY = "claimdeck-offline-user";

/**
 * Registers the service worker and hands it this page and the assets it loaded, so the first visit
 * is already available offline. When another student signs in on this device, the pages kept for
 * the previous one are dropped first. Sets data-offline-ready on <html> once the page is kept.
 */
export function ServiceWorker({ userId }: { userId: string | null }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let cancelled = false;
    async function register() {
      const previous = localStorage.getItem(LAST_USER_KEY);
      if (userId && previous && previous !== userId) await caches.delete(PAGES_CACHE).catch(() => false);
      if (userId) localStorage.setItem(LAST_USER_KEY, userId);
      await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      const registration = await navigator.serviceWorker.ready;
      if (cancelled || !registration.active) return;
      const assets = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((url) => new URL(url).pathname.startsWith("/_next/static/"));
      const thisPage: [string, RequestInit] = [location.href, { headers: { accept: PAGE_ACCEPT } }];
      const urlsToCache = userId ? [thisPage, ...assets] : assets;
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        registration.active!.postMessage({ type: "CACHE_URLS", payload: { urlsToCache } }, [channel.port2]);
        setTimeout(resolve, 15_000);
      });
      if (!cancelled) document.documentElement.dataset.offlineReady = "true";
    }
    register().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [userId]);
  return null;
}
