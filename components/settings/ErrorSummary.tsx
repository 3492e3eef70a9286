import { forwardRef } from 'react';
import type { SettingKey } from '../../lib/settings/core/settings';
import { useI18n } from '../shared/i18n';
import { errorMessage, fieldIds } from './field-ids';

interface ErrorSummaryProps {
  keys: SettingKey[];
  /** A failure that belongs to no field (refused save, permission denied). */
  message?: string;
}

/**
 * The list of what to fix, shown on submit and focused, each item a link to its field
 * (the GOV.UK / DSFR pattern).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { keys, message },
  ref,
) {
  const { t } = useI18n();
  if (keys.length === 0 && !message) return null;
  return (
    <div ref={ref} className="banner banner--error" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        {keys.length > 0 ? t.settings.summaryTitle(keys.length) : t.settings.saveRefused}
      </h2>
      {message ? <p>{message}</p> : null}
      {keys.length > 0 ? (
        <ul>
          {keys.map((key) => (
            <li key={key}>
              <a
                href={`#${fieldIds(key).input}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldIds(key).input)?.focus();
                }}
              >
                {t.settings.summaryItem(t.settings.labels[key], errorMessage(t, key))}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
