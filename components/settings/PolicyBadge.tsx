import { useI18n } from '../shared/i18n';

/** "Défini par votre organisation", referenced by the locked field's aria-describedby. */
export function PolicyBadge({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <span id={id} className="policy-badge">
      {t.settings.policyLocked}
    </span>
  );
}
