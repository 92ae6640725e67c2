/** Sign-in and sign-up share one card, so moving between them keeps the frame still. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-sm rounded-2xl border border-stone-200 bg-white p-8 shadow-sm">{children}</div>;
}
