import { useState, type KeyboardEvent } from 'react';
import { searchDepartements, type Departement } from '../../lib/settings/core/departements';

/** How many matches a picker lists at most. */
const MAX_SHOWN = 8;

/**
 * The search behind both département pickers (event filters, options page): the typed query,
 * the matches not chosen yet (best first), the few to list, and Enter adding the best match.
 * Each picker keeps its own labels, layout and announcements; `onAdd` says what adding does.
 */
export function useDepartementSearch(selected: readonly string[], onAdd: (departement: Departement) => void) {
  const [query, setQuery] = useState('');
  const matches = searchDepartements(query).filter((departement) => !selected.includes(departement.code));
  const shown = matches.slice(0, MAX_SHOWN);
  const add = (departement: Departement) => {
    onAdd(departement);
    setQuery('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the best match instead of submitting the form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (shown[0]) add(shown[0]);
  };
  return { query, setQuery, matches, shown, add, onKeyDown };
}
