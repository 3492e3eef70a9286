import type { ReactNode } from 'react';
import type { PanelView } from '../../lib/platform/browser/side-panel';
import { useI18n } from '../shared/i18n';
import { useViewFocus } from './use-view-focus';

interface AppShellProps<V extends PanelView> {
  /** The features this surface offers, in order; their names come from the catalogue. */
  views: readonly V[];
  current: V;
  onNavigate: (view: V) => void;
  /** Controls shown at the right of the header (open side panel, settings…). */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The product's frame on every surface: name, navigation between the features, and the
 * main region. Navigation buttons carry `aria-current` so screen readers say which view
 * is shown; the main region takes focus on a view change (useViewFocus).
 */
export function AppShell<V extends PanelView>({
  views,
  current,
  onNavigate,
  actions,
  children,
}: AppShellProps<V>) {
  const { t } = useI18n();
  useViewFocus(current);
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
            <li key={view}>
              <button
                type="button"
                className="shell__tab"
                aria-current={view === current ? 'page' : undefined}
                onClick={() => onNavigate(view)}
              >
                {t.common.nav[view]}
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
