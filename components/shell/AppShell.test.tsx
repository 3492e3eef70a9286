import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../shared/i18n';
import { AppShell } from './AppShell';

function Harness() {
  const [view, setView] = useState<'events' | 'status'>('events');
  return (
    <I18nProvider language="fr">
      <AppShell views={['events', 'status']} current={view} onNavigate={setView}>
        <p>{view}</p>
      </AppShell>
    </I18nProvider>
  );
}

describe('AppShell', () => {
  it('names the product and marks the current view for assistive technology', () => {
    render(<Harness />);
    expect(screen.getByText('Guichet Emploi')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Rubriques' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Salons et évènements' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('button', { name: 'Vérification du statut' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('switches view from the keyboard and moves focus to the main region', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Vérification du statut' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Vérification du statut' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('main')).toHaveTextContent('status');
  });
});
