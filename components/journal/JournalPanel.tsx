import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shell/EmptyState';

/** The side panel's consultation journal. */
export function JournalPanel() {
  const { t } = useI18n();
  return (
    <EmptyState title={t.journal.emptyTitle}>
      <p>{t.journal.emptyBody}</p>
    </EmptyState>
  );
}
