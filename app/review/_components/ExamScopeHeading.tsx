import Link from "next/link";

/**
 * What leads this session: a practice test's mistakes (?practice=), one exam's picks (?exam=), or the
 * upcoming exams' picks before the rest.
 */
export function ExamScopeHeading({
  exams,
  refused,
  single,
  practice,
}: {
  exams: { id: string; name: string; picks: number }[];
  refused: boolean;
  single: boolean;
  practice: boolean;
}) {
  if (refused)
    return <p className="text-sm text-rose-700">That exam or test is not one of yours; showing all decks.</p>;
  if (practice)
    return (
      <p className="text-sm text-stone-600" data-testid="review-exam">
        The cards you missed in your practice test
      </p>
    );
  if (exams.length === 0) return null;
  if (single) {
    const [exam] = exams;
    return (
      <p className="text-sm text-stone-600" data-testid="review-exam">
        Studying for <span className="font-medium text-stone-900">{exam.name}</span>: today&apos;s plan ·{" "}
        <Link href={`/exams/${exam.id}`} className="text-accent hover:underline">
          readiness
        </Link>
      </p>
    );
  }
  return (
    <p className="text-sm text-stone-600" data-testid="review-exam">
      First, today&apos;s plan for{" "}
      {exams.map((exam, index) => (
        <span key={exam.id}>
          {index > 0 && ", "}
          <Link href={`/exams/${exam.id}`} className="font-medium text-accent hover:underline">
            {exam.name}
          </Link>{" "}
          ({exam.picks})
        </span>
      ))}
    </p>
  );
}
