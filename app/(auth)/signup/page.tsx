import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { AuthHeading } from "../_components/AuthHeading";
import { SignUpForm } from "./_components/SignUpForm";

export const metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
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
      <SignUpForm callbackUrl={callbackUrl} />
    </>
  );
}
