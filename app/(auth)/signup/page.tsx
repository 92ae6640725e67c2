import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { afterSignIn } from "@/lib/auth/callback-url";
import { signUpFormError } from "@/lib/auth/form-errors";
import { AuthHeading } from "../_components/AuthHeading";
import { SignUpForm } from "./_components/SignUpForm";

export const metadata = { title: "Create an account" };

type Params = { callbackUrl?: string; error?: string; retryAfter?: string };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const callbackUrl = afterSignIn(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <>
      <AuthHeading
        title="Create your account"
        question="Already have one?"
        linkText="Sign in"
        href="/signin"
        callbackUrl={callbackUrl}
      />
      <SignUpForm callbackUrl={callbackUrl} initialError={signUpFormError(params.error, params.retryAfter)} />
    </>
  );
}
