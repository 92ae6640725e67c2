"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * The header's links on a phone: a disclosure that works without JavaScript (details/summary)
 * and closes itself once a link has taken the student to another page.
 */
export function MobileMenu({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);
  return (
    <details ref={details} className="group sm:hidden" data-testid="mobile-menu">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-stone-300 px-3 text-stone-700 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden width="16" height="16" viewBox="0 0 16 16" className="fill-current">
          <rect y="2" width="16" height="2" rx="1" />
          <rect y="7" width="16" height="2" rx="1" />
          <rect y="12" width="16" height="2" rx="1" />
        </svg>
        Menu
      </summary>
      <div className="absolute inset-x-0 top-full z-20 border-b border-stone-200 bg-white px-6 py-3 shadow-md">
        {children}
      </div>
    </details>
  );
}
