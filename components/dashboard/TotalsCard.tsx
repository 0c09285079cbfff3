import type { ComponentChildren } from 'preact';

export interface TotalsCardProps {
  /** The heading's id, which labels the card. */
  id: string;
  title: string;
  testId: string;
  /** The row headers' column, then the figures' columns (right-aligned). */
  columns: [string, ...string[]];
  children: ComponentChildren;
}

/** A card holding one totals table: a heading, the column headers, then the rows it is given. */
export function TotalsCard({ id, title, testId, columns: [first, ...figures], children }: TotalsCardProps) {
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {figures.map((label) => (
              <th key={label} scope="col" class="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}
