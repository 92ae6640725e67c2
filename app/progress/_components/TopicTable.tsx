"use client";

import Link from "next/link";
import { useState } from "react";
import { MASTERY_LABELS } from "@/lib/progress/labels";
import type { TopicProgress } from "@/lib/progress/dashboard";
import { capitalised, LABEL_STYLES, percent, rate, studiedOn } from "./format";
import { ScrollFrame } from "@/app/_components/ui/ScrollFrame";

type SortKey = "recall" | "name" | "coverage" | "mastered" | "retention" | "label" | "studied";

const SORTS: Record<SortKey, (topic: TopicProgress) => number | string> = {
  recall: (topic) => topic.recallNow,
  name: (topic) => topic.name.toLowerCase(),
  coverage: (topic) => topic.coverage,
  mastered: (topic) => (topic.cards === 0 ? 0 : topic.mastered / topic.cards),
  retention: (topic) => topic.retention30.rate ?? -1,
  label: (topic) => MASTERY_LABELS.indexOf(topic.label),
  studied: (topic) => topic.lastStudiedOn ?? "",
};

function sorted(topics: TopicProgress[], key: SortKey, ascending: boolean) {
  const value = SORTS[key];
  return [...topics].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = x < y ? -1 : x > y ? 1 : 0;
    return (ascending ? order : -order) || a.position - b.position;
  });
}

function SortHeader(props: {
  label: string;
  sortKey: SortKey;
  sort: { key: SortKey; ascending: boolean };
  onSort: (key: SortKey) => void;
}) {
  const active = props.sort.key === props.sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? (props.sort.ascending ? "ascending" : "descending") : "none"}
      className="px-3 py-2 font-medium"
    >
      <button
        type="button"
        onClick={() => props.onSort(props.sortKey)}
        className="inline-flex items-center gap-1 hover:text-stone-900"
      >
        {props.label}
        <span aria-hidden className={active ? "text-stone-700" : "text-stone-300"}>
          {active && !props.sort.ascending ? "▼" : "▲"}
        </span>
      </button>
    </th>
  );
}

function RecallBar({ value }: { value: number }) {
  return (
    <div className="flex items-center gap-2">
      <div className="h-2 w-20 overflow-hidden rounded-full bg-stone-200" aria-hidden>
        <div className="h-full rounded-full bg-accent" style={{ width: percent(value, 1) }} />
      </div>
      <span className="w-10 text-right tabular-nums" data-testid="topic-recall">
        {percent(value)}
      </span>
    </div>
  );
}

/** One row per topic, weakest first until the student sorts otherwise. */
export function TopicTable({
  topics,
  topicLabel,
  today,
}: {
  topics: TopicProgress[];
  topicLabel: string;
  today: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "recall", ascending: true });
  const onSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      ascending: current.key === key ? !current.ascending : key === "name" || key === "recall",
    }));
  const header = { sort, onSort };
  return (
    <ScrollFrame label={`${topicLabel} table`}>
      <table className="w-full min-w-[58rem] text-left text-sm" data-testid="topic-table">
        <caption className="sr-only">
          Each {topicLabel} with its recall now, coverage, mastered cards, 30-day true retention, label, last study date
          and cards by state. Sorted by {sort.key}, {sort.ascending ? "ascending" : "descending"}.
        </caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
          <tr>
            <SortHeader label={capitalised(topicLabel)} sortKey="name" {...header} />
            <SortHeader label="Recall now" sortKey="recall" {...header} />
            <SortHeader label="Coverage" sortKey="coverage" {...header} />
            <SortHeader label="Mastered" sortKey="mastered" {...header} />
            <SortHeader label="Retention (30 d)" sortKey="retention" {...header} />
            <SortHeader label="Label" sortKey="label" {...header} />
            <SortHeader label="Last studied" sortKey="studied" {...header} />
            <th scope="col" className="px-3 py-2 font-medium">
              Cards: new · learning · review · relearning · suspended
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {sorted(topics, sort.key, sort.ascending).map((topic) => (
            <tr key={topic.id} data-testid="topic-row" data-topic-id={topic.id} data-topic-name={topic.name}>
              <th scope="row" className="max-w-56 px-3 py-2.5 font-normal">
                <span className="block font-medium text-stone-900">{topic.name}</span>
                <Link
                  href={`/review?topic=${topic.id}`}
                  className="text-xs text-accent underline underline-offset-2 hover:no-underline"
                >
                  Study this {topicLabel}
                </Link>
              </th>
              <td className="px-3 py-2.5">
                <RecallBar value={topic.recallNow} />
              </td>
              <td className="px-3 py-2.5 tabular-nums" data-testid="topic-coverage">
                {percent(topic.coverage)}
              </td>
              <td className="px-3 py-2.5 tabular-nums">
                {topic.mastered}/{topic.cards}
              </td>
              <td className="px-3 py-2.5 tabular-nums">{rate(topic.retention30.rate)}</td>
              <td className="px-3 py-2.5">
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-medium ${LABEL_STYLES[topic.label]}`}
                  data-testid="topic-label"
                >
                  {topic.label}
                </span>
              </td>
              <td className="px-3 py-2.5 whitespace-nowrap text-stone-600">{studiedOn(topic.lastStudiedOn, today)}</td>
              <td className="px-3 py-2.5 tabular-nums text-stone-600">
                {[topic.byState.new, topic.byState.learning, topic.byState.review, topic.byState.relearning]
                  .concat(topic.byState.suspended)
                  .join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}
