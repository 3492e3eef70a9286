import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shell/EmptyState';

/** The side panel's status-check view. */
export function StatusPanel() {
  const { t } = useI18n();
  return (
    <EmptyState title={t.status.emptyTitle}>
      <p>{t.status.emptyBody}</p>
    </EmptyState>
  );
}
