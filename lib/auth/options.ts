import type { NextAuthOptions } from "next-auth";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { getDb } from "../db/client";
import { enrollUserInDecks } from "../db/card-states";
import { env } from "../env";
import { safeCallbackUrl } from "./callback-url";
import { endSession } from "./revocation";
import { authSecret } from "./secret";
import { newSessionClaims, secureCookies, SESSION_MAX_AGE_SECONDS } from "./session-cookie";
import { isSessionCurrent, sessionClaims } from "./session-standing";

export { authSecret };

function oauthProviders() {
  const { GITHUB_ID, GITHUB_SECRET, GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET } = env();
  const providers = [];
  if (GITHUB_ID && GITHUB_SECRET) providers.push(GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET }));
  if (GOOGLE_CLIENT_ID && GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: GOOGLE_CLIENT_ID, clientSecret: GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

export const enabledOAuthProviders = () =>
  oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));

/** Thrown from the jwt callback for a session that no longer counts; next-auth then clears the cookie. */
class EndedSessionError extends Error {
  constructor() {
    super("The session was signed out, or its user no longer exists.");
  }
}

/**
 * next-auth for OAuth sign-in, session cookies and sign-out. Email and password sign-in is
 * app/api/signin (throttled, and working without JavaScript); it mints the same cookie.
 */
export function authOptions(): NextAuthOptions {
  const oauth = oauthProviders();
  return {
    // The adapter only serves OAuth sign-ins (accounts and users); sessions are JWTs.
    adapter: oauth.length > 0 ? PrismaAdapter(getDb().prisma as never) : undefined,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    pages: { signIn: "/signin" },
    providers: oauth,
    callbacks: {
      async jwt({ token, user }) {
        // An OAuth sign-in: the adapter's user row carries the session version.
        if (user) return { ...token, ...newSessionClaims(user as { id: string; sessionVersion: number }) };
        const claims = sessionClaims(token);
        if (!claims || !(await isSessionCurrent(getDb(), claims))) throw new EndedSessionError();
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
      // Relative paths on the app's own origin only: with NEXTAUTH_URL unset, next-auth's base URL
      // is http://localhost:3000, and an absolute URL built on it would leave the app.
      redirect({ url, baseUrl }) {
        return safeCallbackUrl(url, { origin: baseUrl });
      },
    },
    events: {
      async createUser({ user }) {
        const db = getDb();
        await db.prisma.userSettings.create({ data: { userId: user.id } });
        await enrollUserInDecks(db, user.id);
      },
      // Sign-out revokes this session's token, not just the browser's copy of it.
      async signOut({ token }) {
        const claims = sessionClaims(token);
        if (!claims) return;
        const expiresAt = typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date();
        await endSession(getDb(), claims, expiresAt);
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is an expected outcome, not a server error.
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (cause instanceof EndedSessionError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
}
