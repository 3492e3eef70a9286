import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** Heading level that fits where the state is shown. */
  level?: 2 | 3;
  action?: ReactNode;
}

/** A designed empty or waiting state: what is shown here and what to do. */
export function EmptyState({ title, children, level = 2, action }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state">
      <Heading className="empty-state__title">{title}</Heading>
      {children ? <div className="empty-state__body">{children}</div> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </section>
  );
}
