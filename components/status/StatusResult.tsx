import { forwardRef, type ReactNode } from 'react';
import type { StatusField } from '../../lib/settings/core/constants';
import type { JobSeekerStatus } from '../../lib/status/core/status';
import { categoryInfo } from '../../lib/status/view/categories';
import { formatCalendarDate, formatInstant } from '../../lib/core/paris-time';
import type { CheckContext } from '../../lib/status/view/justificatif';
import { verdictOf } from '../../lib/status/view/verdict';
import { verdictText } from '../../lib/status/view/verdict-text';
import { STATUS_FIELDS } from '../../lib/settings/core/constants';
import { useI18n } from '../shared/i18n';

interface StatusResultProps {
  /** Already reduced to the visible fields. */
  status: JobSeekerStatus | null;
  context: CheckContext;
  fields: readonly StatusField[];
  actions: ReactNode;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The answer: the verdict first, in words, then the details the organisation shows. */
export const StatusResult = forwardRef<HTMLHeadingElement, StatusResultProps>(function StatusResult(
  { status, context, fields, actions },
  headingRef,
) {
  const { t, language } = useI18n();
  const r = t.status.result;
  const verdict = verdictOf(status);
  const date = (day: string | null) => (day ? formatCalendarDate(day, language) : r.notGiven);
  const registration = status?.registration;
  const category = registration ? categoryInfo(registration.categoryCode, language) : null;
  const identity = status?.identity;
  const contact = status?.contact;
  const address = status?.address;
  const hidesSome = STATUS_FIELDS.some((field) => !fields.includes(field));
  // Blocks the organisation would show but its habilitation does not cover: said, not hidden.
  const notCovered = (status?.notCovered ?? []).filter((block) => fields.includes(block));

  return (
    <section className={`status-result status-result--${verdict.kind}`} aria-labelledby="verdict">
      <h2 id="verdict" ref={headingRef} tabIndex={-1} className="status-result__verdict">
        {verdictText(verdict, context.mode, t.status, language)}
      </h2>
      {verdict.kind === 'not_found' ? <p>{t.status.verdict.notFoundAdvice}</p> : null}
      {verdict.kind === 'not_covered' ? <p>{t.status.verdict.notCoveredAdvice}</p> : null}

      {notCovered.length > 0 ? (
        <section aria-labelledby="result-not-covered" className="status-result__not-covered">
          <h3 id="result-not-covered">{r.notCoveredTitle}</h3>
          <p>{r.notCovered(notCovered.map((block) => r.blockNames[block]).join(', '))}</p>
        </section>
      ) : null}

      {registration && (registration.categoryCode || registration.categoryLabel) ? (
        <section aria-labelledby="result-category">
          <h3 id="result-category">{r.categoryTitle}</h3>
          <dl className="facts">
            <Row label={r.categoryCode}>{registration.categoryCode ?? r.notGiven}</Row>
            {category ? <Row label={r.categoryShort}>{category.shortLabel}</Row> : null}
            {registration.categoryLabel ? (
              <Row label={r.categoryLabel}>{registration.categoryLabel}</Row>
            ) : null}
            <Row label={r.categoryDescription}>
              {category
                ? category.description
                : registration.categoryCode
                  ? r.categoryUnknown(registration.categoryCode)
                  : r.categoryLabelOnly}
            </Row>
          </dl>
        </section>
      ) : null}

      {registration && (registration.since || registration.until) ? (
        <section aria-labelledby="result-registration">
          <h3 id="result-registration">{r.registrationTitle}</h3>
          <dl className="facts">
            <Row label={r.since}>{date(registration.since)}</Row>
            <Row label={r.until}>{registration.until ? date(registration.until) : r.stillRegistered}</Row>
          </dl>
        </section>
      ) : null}

      {identity ? (
        <section aria-labelledby="result-identity">
          <h3 id="result-identity">{r.identityTitle}</h3>
          <p className={`cnav cnav--${identity.cnav}`}>
            <strong>{r.cnav[identity.cnav]}</strong>
            {' — '}
            {r.cnavExplain[identity.cnav]}
          </p>
          <dl className="facts">
            {identity.civility ? <Row label={r.civility}>{identity.civility}</Row> : null}
            {identity.firstName ? <Row label={r.firstName}>{identity.firstName}</Row> : null}
            {identity.birthName ? <Row label={r.birthName}>{identity.birthName}</Row> : null}
            {identity.usageName ? <Row label={r.usageName}>{identity.usageName}</Row> : null}
            {identity.sex ? <Row label={r.sex}>{identity.sex}</Row> : null}
            {identity.birthDate ? <Row label={r.birthDate}>{date(identity.birthDate)}</Row> : null}
          </dl>
        </section>
      ) : null}

      {contact && (contact.email || contact.phone || contact.phone2) ? (
        <section aria-labelledby="result-contact">
          <h3 id="result-contact">{r.contactTitle}</h3>
          <dl className="facts">
            {contact.email ? <Row label={r.email}>{contact.email}</Row> : null}
            {contact.phone ? <Row label={r.phone}>{contact.phone}</Row> : null}
            {contact.phone2 ? <Row label={r.phone2}>{contact.phone2}</Row> : null}
          </dl>
        </section>
      ) : null}

      {address ? (
        <section aria-labelledby="result-address">
          <h3 id="result-address">{r.addressTitle}</h3>
          <address className="status-result__address">
            {[...address.lines, address.locality ?? address.postalCode ?? '']
              .filter(Boolean)
              .map((line, index) => (
                <span key={index} className="status-result__address-line">
                  {line}
                </span>
              ))}
          </address>
        </section>
      ) : null}

      {status ? (
        <section aria-labelledby="result-source">
          <h3 id="result-source">{r.sourceTitle}</h3>
          <dl className="facts">
            <Row label={r.sourceTitle}>{r.source[status.source]}</Row>
            <Row label={r.retrievedAt}>{formatInstant(status.retrievedAt, language)}</Row>
          </dl>
        </section>
      ) : null}

      {hidesSome && status ? <p className="field__hint">{r.hiddenNote}</p> : null}
      <div className="status-result__actions no-print">{actions}</div>
    </section>
  );
});
