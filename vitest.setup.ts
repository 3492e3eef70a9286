import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { catalogs } from './lib/i18n/catalog';
import { registerCatalogs } from './lib/i18n/registry';

// Component tests get every namespace; surface tests register their own (PopupApp.test.tsx).
registerCatalogs(catalogs);

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
