import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { getDb } from "../db/client";
import { findUserForSignIn } from "../db/users";
import { enrollUserInDecks } from "../db/card-states";
import { env } from "../env";
import { verifyPassword } from "./password";
import { signInSchema } from "./credentials-schema";
import { isDatabaseUnavailable } from "../db/unavailable";
import { SIGN_IN_UNAVAILABLE } from "./sign-in-errors";

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

export function authOptions(): NextAuthOptions {
  const oauth = oauthProviders();
  return {
    // The adapter only serves OAuth sign-ins (accounts and users); sessions are JWTs,
    // so reading a session never touches the database.
    adapter: oauth.length > 0 ? PrismaAdapter(getDb().prisma as never) : undefined,
    session: { strategy: "jwt" },
    secret: authSecret(),
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const user = await findUserForSignIn(getDb(), parsed.data.email).catch((error: unknown) => {
            // next-auth puts a thrown message in the redirect URL: never the database's address.
            if (isDatabaseUnavailable(error)) throw new Error(SIGN_IN_UNAVAILABLE);
            throw error;
          });
          if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      ...oauth,
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      async createUser({ user }) {
        const db = getDb();
        await db.prisma.userSettings.create({ data: { userId: user.id } });
        await enrollUserInDecks(db, user.id);
      },
    },
  };
}

/** Local runs work without configuration; a deployment sets NEXTAUTH_SECRET. */
export function authSecret(): string {
  return env().NEXTAUTH_SECRET ?? "claimdeck-local-development-secret-change-me";
}
