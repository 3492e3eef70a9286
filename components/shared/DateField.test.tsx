import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateField } from './DateField';
import { I18nProvider } from './i18n';

function Harness({ onChange, min }: { onChange: (day: string) => void; min?: string }) {
  const [value, setValue] = useState('2026-03-15');
  return (
    <>
      <DateField
        label="Du"
        value={value}
        min={min}
        onChange={(day) => {
          setValue(day);
          onChange(day);
        }}
      />
      <button type="button" onClick={() => setValue('')}>
        Effacer
      </button>
    </>
  );
}

describe('DateField', () => {
  it('shows the day as the interface language writes it, with that format as its hint', () => {
    render(
      <I18nProvider language="fr">
        <Harness onChange={vi.fn()} />
      </I18nProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Du' });
    expect(field).toHaveValue('15/03/2026');
    expect(field).toHaveAccessibleDescription('jj/mm/aaaa, par exemple 15/03/2026');
  });

  it('says the format in English too', () => {
    render(
      <I18nProvider language="en">
        <Harness onChange={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Du' })).toHaveAccessibleDescription(
      'dd/mm/yyyy, for example 15/03/2026',
    );
  });

  it('passes a typed day on, and says on leaving the field what is wrong with another', async () => {
    const onChange = vi.fn();
    render(
      <I18nProvider language="fr">
        <Harness onChange={onChange} min="2026-01-01" />
      </I18nProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Du' });
    await userEvent.clear(field);
    expect(onChange).toHaveBeenLastCalledWith('');
    await userEvent.type(field, '2/4/2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-04-02');

    await userEvent.clear(field);
    await userEvent.type(field, '31/02/2026');
    await userEvent.tab();
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(/Date non reconnue : écrivez-la jj\/mm\/aaaa/);

    await userEvent.clear(field);
    await userEvent.type(field, '15/12/2025');
    await userEvent.tab();
    expect(field).toHaveAccessibleDescription(/Choisissez une date à partir du 01\/01\/2026\./);
    expect(onChange).not.toHaveBeenCalledWith('2025-12-15');
  });

  it('follows a value changed from outside (filters cleared)', async () => {
    render(
      <I18nProvider language="fr">
        <Harness onChange={vi.fn()} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Effacer' }));
    expect(screen.getByRole('textbox', { name: 'Du' })).toHaveValue('');
  });
});
