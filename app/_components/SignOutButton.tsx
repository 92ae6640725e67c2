"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { forgetOfflineData, waitingReviewCount } from "@/lib/offline/sign-out";
import { Button } from "./ui/Button";

/**
 * Signs out (the server revokes this session's token), clears what the device kept for offline
 * review, then goes home on this origin: next-auth's answer carries a URL built on NEXTAUTH_URL,
 * which may not be where the app was opened. Reviews still waiting to be sent are asked about first.
 */
export function SignOutButton({ userId }: { userId: string }) {
  const router = useRouter();
  async function signOutHere() {
    const waiting = await waitingReviewCount(userId);
    if (
      waiting > 0 &&
      !window.confirm(
        `${waiting} ${waiting === 1 ? "review has" : "reviews have"} not reached the server yet and will be lost. Sign out anyway?`,
      )
    )
      return;
    await forgetOfflineData();
    await signOut({ redirect: false });
    router.replace("/");
    router.refresh();
  }
  return (
    <Button variant="secondary" size="sm" onClick={signOutHere} className="min-h-11 sm:min-h-0">
      Sign out
    </Button>
  );
}
