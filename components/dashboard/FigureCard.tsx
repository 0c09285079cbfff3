import type { ComponentChildren } from 'preact';

export interface FigureCardProps {
  /** The heading's id. */
  id: string;
  title: string;
  /** Extra classes on the figure, e.g. late. */
  tone?: string;
  testId?: string;
  children: ComponentChildren;
}

/** One of the figures at the top of the dashboard: a muted heading, then the figure. */
export function FigureCard({ id, title, tone, testId, children }: FigureCardProps) {
  return (
    <div class="card">
      <h2 class="muted" id={id}>
        {title}
      </h2>
      <p class={tone ? `figure ${tone}` : 'figure'} data-testid={testId}>
        {children}
      </p>
    </div>
  );
}
