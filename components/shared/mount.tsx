import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './ErrorBoundary';
import { registerCatalogs, type SurfaceCatalogs } from '../../lib/i18n/registry';
import { I18nProvider } from './i18n';
import './theme.css';

/** Renders a surface's root component with the product's providers and its UI strings. */
export function mountApp(App: ComponentType, catalogs: SurfaceCatalogs): void {
  registerCatalogs(catalogs);
  const container = document.getElementById('root');
  if (!container) throw new Error('Expected an element with id "root" in the page.');
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary>
        <I18nProvider>
          <App />
        </I18nProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
