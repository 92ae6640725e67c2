import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { safeCallbackUrl } from "./callback-url";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  email: string | null;
  name: string | null;
}

/** The signed-in user of this request; null for a visitor, a signed-out session or a deleted user. */
export async function currentUser(): Promise<SessionUser | null> {
  // A session belongs to a request: this keeps prerendering at build time from reaching for the
  // secret (which a build need not have).
  await connection();
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, email: user.email ?? null, name: user.name ?? null };
}

/** For pages: an anonymous visitor is sent to sign-in and brought back afterwards (same-origin paths only). */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackUrl(returnTo))}`);
  return user;
}
