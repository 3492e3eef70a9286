import type { Language, VerificationMode } from '../../settings/core/constants';
import type { StatusMessages } from '../../i18n/messages/status';
import { formatCalendarDate } from '../../core/paris-time';
import type { Verdict } from './verdict';

/** The verdict in words: "Inscrit(e) comme demandeur d’emploi — catégorie 1 depuis le 3 mars 2025". */
export function verdictText(
  verdict: Verdict,
  mode: VerificationMode,
  t: StatusMessages,
  language: Language,
): string {
  switch (verdict.kind) {
    case 'registered':
      return t.verdict.registered(
        verdict.category ?? verdict.rawCategory,
        verdict.since ? formatCalendarDate(verdict.since, language) : null,
      );
    case 'no_longer_registered':
      return t.verdict.noLongerRegistered(verdict.until ? formatCalendarDate(verdict.until, language) : null);
    case 'not_covered':
      return t.verdict.notCovered;
    case 'not_found':
      return t.verdict.notFound[mode];
  }
}
