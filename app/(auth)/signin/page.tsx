import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { AuthHeading } from "../_components/AuthHeading";
import { SignInForm } from "./_components/SignInForm";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
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
      <SignInForm callbackUrl={callbackUrl} providers={enabledOAuthProviders()} />
    </>
  );
}
