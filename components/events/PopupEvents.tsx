import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shell/EmptyState';

/** The popup's events view: the next events of the agent's territory. */
export function PopupEvents() {
  const { t } = useI18n();
  return (
    <EmptyState title={t.events.emptyTitle}>
      <p>{t.events.emptyBody}</p>
    </EmptyState>
  );
}
