import type { ProgressDashboard } from "@/lib/progress/dashboard";
import { ActivityCalendar } from "./ActivityCalendar";
import { Distributions } from "./Distributions";
import { EmptyState } from "./EmptyState";
import { ForecastChart } from "./ForecastChart";
import { HelpText } from "./HelpText";
import { Overview } from "./Overview";
import { RecallHistory } from "./RecallHistory";
import { TopicTable } from "./TopicTable";
import { WeakestClaims } from "./WeakestClaims";
import { capitalised } from "./format";

/** Everything /progress shows for one deck, or the empty state before the first review. */
export function ProgressView({ dashboard }: { dashboard: ProgressDashboard }) {
  const { deck, topics, overall } = dashboard;
  const label = deck.topicLabel;
  const names = Object.fromEntries(topics.map((topic) => [topic.id, topic.name]));
  const help = <HelpText topicLabel={label} desiredRetention={dashboard.desiredRetention} />;
  if (overall.studied === 0 && dashboard.activity.totalReviews === 0) {
    return (
      <div className="space-y-6">
        <EmptyState deckId={deck.id} topicLabel={label} topics={topics} />
        {help}
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <Overview dashboard={dashboard} />
      <section className="space-y-3" aria-labelledby="topics-heading">
        <div>
          <h2 id="topics-heading" className="text-lg font-semibold">
            {capitalised(label)} by {label}
          </h2>
          <p className="text-sm text-stone-500">
            The deck&apos;s {topics.length} {label}s, weakest first; click a column to sort.
          </p>
        </div>
        <TopicTable topics={topics} topicLabel={label} today={dashboard.today} />
      </section>
      {help}
      <RecallHistory series={dashboard.history} names={names} topicLabel={label} />
      <div className="grid gap-3 lg:grid-cols-2">
        <ForecastChart forecast={dashboard.forecast} />
        <ActivityCalendar activity={dashboard.activity} />
      </div>
      <Distributions
        recall={dashboard.recallDistribution}
        stability={dashboard.stabilityDistribution}
        studied={overall.studied}
      />
      {dashboard.weakClaims.length > 0 && <WeakestClaims claims={dashboard.weakClaims} names={names} />}
    </div>
  );
}
