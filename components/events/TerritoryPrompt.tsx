import { useId } from 'react';
import type { TerritorySuggestion } from '../../lib/events/core/territory-search';
import { useI18n } from '../shared/i18n';
import { TerritoryField } from './TerritoryField';

/** First run, no territory set by the organisation or the agent: asked in place, one field. */
export function TerritoryPrompt({ onChoose }: { onChoose: (suggestion: TerritorySuggestion) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="territory-prompt" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.events.territoryQuestion}</h2>
      <p>{t.events.territoryIntro}</p>
      <TerritoryField onChoose={onChoose} />
    </section>
  );
}
