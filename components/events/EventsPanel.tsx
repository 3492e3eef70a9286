import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shell/EmptyState';

/** The side panel's events view: search, list and detail. */
export function EventsPanel() {
  const { t } = useI18n();
  return (
    <EmptyState title={t.events.emptyTitle}>
      <p>{t.events.emptyBody}</p>
    </EmptyState>
  );
}
