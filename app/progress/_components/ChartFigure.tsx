import type { ReactNode } from "react";

/**
 * A chart with its accessible equivalent: a visible one-line summary and a table that screen
 * readers (and tests) read while sighted users see the chart, which is hidden from the a11y tree.
 */
export function ChartFigure(props: {
  title: string;
  summary: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  testId: string;
  className?: string;
}) {
  return (
    <figure
      className={`rounded-xl border border-stone-200 bg-white p-4 shadow-sm ${props.className ?? ""}`}
      data-testid={props.testId}
    >
      <figcaption className="mb-3">
        <h3 className="font-semibold text-stone-900">{props.title}</h3>
        <p className="text-sm text-stone-500" data-testid={`${props.testId}-summary`}>
          {props.summary}
        </p>
      </figcaption>
      <div aria-hidden="true">{props.chart}</div>
      <div className="sr-only">{props.table}</div>
    </figure>
  );
}

/** A plain table for ChartFigure's accessible equivalent. */
export function DataTable(props: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.head.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) =>
              column === 0 ? (
                <th key={column} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={column}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
