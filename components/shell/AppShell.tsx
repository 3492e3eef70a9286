import type { ReactNode } from 'react';
import { useI18n } from '../shared/i18n';

export interface ShellView<V extends string> {
  id: V;
  label: string;
}

interface AppShellProps<V extends string> {
  views: ShellView<V>[];
  current: V;
  onNavigate: (view: V) => void;
  /** Controls shown at the right of the header (open side panel, settings…). */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The product's frame on every surface: name, navigation between the features, and the
 * main region. Navigation buttons carry `aria-current` so screen readers say which view
 * is shown; the main region takes focus on a view change (see useViewFocus).
 */
export function AppShell<V extends string>({
  views,
  current,
  onNavigate,
  actions,
  children,
}: AppShellProps<V>) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__logo" aria-hidden="true" />
          <span className="shell__name">{t.common.appName}</span>
        </div>
        {actions ? <div className="shell__actions">{actions}</div> : null}
      </header>
      <nav className="shell__nav" aria-label={t.common.nav.label}>
        <ul>
          {views.map((view) => (
            <li key={view.id}>
              <button
                type="button"
                className="shell__tab"
                aria-current={view.id === current ? 'page' : undefined}
                onClick={() => onNavigate(view.id)}
              >
                {view.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="contenu" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
