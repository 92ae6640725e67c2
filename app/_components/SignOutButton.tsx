"use client";

import { signOut } from "next-auth/react";
import { Button } from "./ui/Button";

export function SignOutButton() {
  return (
    <Button variant="secondary" size="sm" onClick={() => signOut({ callbackUrl: "/" })}>
      Sign out
    </Button>
  );
}
