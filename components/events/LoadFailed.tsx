import type { AppError } from '../../lib/core/app-error';
import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shell/EmptyState';

interface LoadFailedProps {
  title: string;
  failure: Pick<AppError, 'code'>;
  onRetry: () => void;
}

/** The empty state of a first load that failed: what went wrong and a retry. */
export function LoadFailed({ title, failure, onRetry }: LoadFailedProps) {
  const { t } = useI18n();
  return (
    <EmptyState
      title={title}
      action={
        <button type="button" className="button" onClick={onRetry}>
          {t.common.retry}
        </button>
      }
    >
      <p role="alert">{t.errors[failure.code] ?? t.errors.internal}</p>
    </EmptyState>
  );
}
