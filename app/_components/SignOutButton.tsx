"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "./ui/Button";

/**
 * Signs out (the server revokes this session's token), then goes home on this origin: next-auth's
 * answer carries a URL built on NEXTAUTH_URL, which may not be where the app was opened.
 */
export function SignOutButton() {
  const router = useRouter();
  async function signOutHere() {
    await signOut({ redirect: false });
    router.replace("/");
    router.refresh();
  }
  return (
    <Button variant="secondary" size="sm" onClick={signOutHere}>
      Sign out
    </Button>
  );
}
