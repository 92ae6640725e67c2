import Link from "next/link";
import { SignOutButton } from "./SignOutButton";
import { MobileMenu } from "./MobileMenu";
import { buttonClass } from "./ui/Button";

const NAV_LINKS = [
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  { href: "/exams", label: "Exams" },
  { href: "/import", label: "Import" },
  { href: "/settings", label: "Settings" },
];

const LINK = "text-stone-600 hover:text-stone-900";

/** Signed in, the links sit in a row from 640 px up and fold into a menu below, so nothing overflows a phone. */
export function SiteHeader({ user }: { user: { id: string; email: string | null } | null }) {
  const email = user?.email;
  return (
    <header className="relative border-b border-stone-200 bg-white/80 backdrop-blur">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl items-center gap-x-4 px-4 py-3 text-sm sm:gap-x-6 sm:px-6"
      >
        <Link href="/" className="flex min-h-11 items-center gap-2 font-semibold tracking-tight text-stone-900">
          <span
            aria-hidden
            className="grid h-7 w-7 place-items-center rounded-md bg-accent text-xs font-bold text-accent-fg"
          >
            Cd
          </span>
          <span>Claimdeck</span>
        </Link>
        {user ? (
          <>
            <div className="hidden items-center gap-x-6 sm:flex">
              {NAV_LINKS.map(({ href, label }) => (
                <Link key={href} href={href} className={LINK}>
                  {label}
                </Link>
              ))}
            </div>
            <div className="ml-auto hidden items-center gap-4 sm:flex">
              <span className="hidden text-stone-500 md:inline" data-testid="signed-in-as">
                {email}
              </span>
              <SignOutButton userId={user.id} />
            </div>
            <div className="ml-auto sm:hidden">
              <MobileMenu>
                <ul className="space-y-1">
                  {NAV_LINKS.map(({ href, label }) => (
                    <li key={href}>
                      <Link href={href} className={`block py-2.5 text-base ${LINK}`}>
                        {label}
                      </Link>
                    </li>
                  ))}
                </ul>
                <div className="mt-2 flex items-center justify-between gap-4 border-t border-stone-200 pt-3">
                  <span className="min-w-0 truncate text-stone-500">{email}</span>
                  <SignOutButton userId={user.id} />
                </div>
              </MobileMenu>
            </div>
          </>
        ) : (
          <div className="ml-auto flex items-center gap-4">
            <Link href="/signin" className={LINK}>
              Sign in
            </Link>
            <Link href="/signup" className={buttonClass({ size: "sm" })}>
              Sign up
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
