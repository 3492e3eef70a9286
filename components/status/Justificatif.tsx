import { forwardRef, type ReactNode } from 'react';
import type { Justificatif as JustificatifData } from '../../lib/status/view/justificatif';
import { formatCalendarDate, formatInstant } from '../../lib/core/paris-time';
import { verdictText } from '../../lib/status/view/verdict-text';
import { categoryInfo } from '../../lib/status/view/categories';
import { useI18n } from '../shared/i18n';

interface JustificatifProps {
  data: JustificatifData;
  actions: ReactNode;
}

/** The printable record of a check; it never holds a field the organisation hides. */
export const Justificatif = forwardRef<HTMLHeadingElement, JustificatifProps>(function Justificatif(
  { data, actions },
  headingRef,
) {
  const { t, language } = useI18n();
  const j = t.status.justificatif;
  const category =
    data.verdict.kind === 'registered' ? (data.verdict.category ?? data.verdict.rawCategory) : null;
  const categoryText = category
    ? [category, data.categoryLabel ?? categoryInfo(category, language)?.shortLabel]
        .filter(Boolean)
        .join(' — ')
    : // A label without a code (France Travail's backend spelling): the label as sent.
      data.verdict.kind === 'registered'
      ? data.categoryLabel
      : null;
  const rows: [string, string][] = [
    [j.checkedAt, formatInstant(data.checkedAt, language)],
    [j.agent, data.agent ?? j.agentUnknown],
    [j.motif, data.motif],
    [j.caseReference, data.caseReference],
    [j.mode, t.status.form.modes[data.mode]],
    [j.source, data.source ? t.status.result.source[data.source] : j.sourceNone],
    ...(data.person
      ? ([
          [j.person, data.person.name],
          ...(data.person.birthDate
            ? [[j.birthDate, formatCalendarDate(data.person.birthDate, language)]]
            : []),
        ] as [string, string][])
      : []),
    [j.verdict, verdictText(data.verdict, data.mode, t.status, language)],
    ...(categoryText ? ([[j.category, categoryText]] as [string, string][]) : []),
    ...(data.journalEntryId ? ([[j.journalReference, data.journalEntryId]] as [string, string][]) : []),
  ];
  return (
    <article className="justificatif" aria-labelledby="justificatif-title">
      <h2 id="justificatif-title" ref={headingRef} tabIndex={-1}>
        {j.title}
      </h2>
      <dl className="facts justificatif__facts">
        {rows.map(([label, value]) => (
          <div className="facts__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="justificatif__footer">{j.footer}</p>
      <div className="status-result__actions no-print">{actions}</div>
    </article>
  );
});
