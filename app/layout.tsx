import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { SignOutButton } from "./_components/SignOutButton";
import { buttonClass } from "./_components/ui/Button";
import "./globals.css";

const NAV_LINKS = [
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  { href: "/exams", label: "Exams" },
  { href: "/import", label: "Import" },
  { href: "/settings", label: "Settings" },
];

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

/** The accent indigo, as in the manifest: the phone's status bar and task switcher take it. */
export const viewport: Viewport = { themeColor: "#4f39f6" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="border-b border-stone-200 bg-white/80 backdrop-blur">
          <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-6 py-3 text-sm sm:gap-x-6">
            <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-stone-900">
              <span
                aria-hidden
                className="grid h-7 w-7 place-items-center rounded-md bg-accent text-xs font-bold text-accent-fg"
              >
                Cd
              </span>
              {/* Only the mark shows on a phone; if the signed-in links still do not fit, Sign out wraps. */}
              <span className="sr-only sm:not-sr-only">Claimdeck</span>
            </Link>
            {user &&
              NAV_LINKS.map(({ href, label }) => (
                <Link key={href} href={href} className="text-stone-600 hover:text-stone-900">
                  {label}
                </Link>
              ))}
            <div className="ml-auto flex items-center gap-4">
              {user ? (
                <>
                  <span className="hidden text-stone-500 sm:inline" data-testid="signed-in-as">
                    {user.email}
                  </span>
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/signin" className="text-stone-600 hover:text-stone-900">
                    Sign in
                  </Link>
                  <Link href="/signup" className={buttonClass({ size: "sm" })}>
                    Sign up
                  </Link>
                </>
              )}
            </div>
          </nav>
        </header>
        <main className="mx-auto max-w-5xl px-6 py-10">{children}</main>
      </body>
    </html>
  );
}
