import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { parseTheme, THEME_COOKIE, themeAttribute } from "@/lib/theme/theme";
import { SiteHeader } from "./_components/SiteHeader";
import { ServiceWorker } from "./_components/ServiceWorker";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimdeck", template: "%s · Claimdeck" },
  description: "Study scientific papers claim by claim, with spaced repetition.",
  applicationName: "Claimdeck",
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  appleWebApp: { title: "Claimdeck", capable: true, statusBarStyle: "default" },
};

/** The accent indigo, as in the manifest, in light; the dark page colour in dark. */
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#4f39f6" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1917" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [user, cookieStore] = await Promise.all([currentUser(), cookies()]);
  const theme = themeAttribute(parseTheme(cookieStore.get(THEME_COOKIE)?.value));
  return (
    <html lang="en" data-theme={theme}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-30 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader user={user ? { id: user.id, email: user.email } : null} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
          {children}
        </main>
        <ServiceWorker userId={user?.id ?? null} />
      </body>
    </html>
  );
}
