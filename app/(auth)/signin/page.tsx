import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { afterSignIn } from "@/lib/auth/callback-url";
import { signInFormError } from "@/lib/auth/form-errors";
import { AuthHeading } from "../_components/AuthHeading";
import { SignInForm } from "./_components/SignInForm";

export const metadata = { title: "Sign in" };

type Params = { callbackUrl?: string; error?: string; retryAfter?: string };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const callbackUrl = afterSignIn(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <>
      <AuthHeading
        title="Welcome back"
        question="New here?"
        linkText="Create an account"
        href="/signup"
        callbackUrl={callbackUrl}
      />
      <SignInForm
        callbackUrl={callbackUrl}
        providers={enabledOAuthProviders()}
        initialError={signInFormError(params.error, params.retryAfter)?.message ?? null}
      />
    </>
  );
}
