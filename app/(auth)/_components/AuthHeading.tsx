import Link from "next/link";

/** The card's title, and a link to the other auth page that keeps where the visitor was going. */
export function AuthHeading(props: {
  title: string;
  question: string;
  linkText: string;
  href: string;
  callbackUrl: string;
}) {
  const href = `${props.href}?callbackUrl=${encodeURIComponent(props.callbackUrl)}`;
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-semibold tracking-tight">{props.title}</h1>
      <p className="mt-1 text-sm text-stone-500">
        {props.question}{" "}
        <Link href={href} className="text-accent underline underline-offset-2 hover:no-underline">
          {props.linkText}
        </Link>
      </p>
    </div>
  );
}
