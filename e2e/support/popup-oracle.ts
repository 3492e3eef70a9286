import { normaliseMeeEvent } from '../../lib/events/core/normalise-mee';
import { normaliseSalon } from '../../lib/events/core/normalise-salon';
import { hasEnded, isRunning } from '../../lib/events/search/event-state';
import { generateEvents } from '../../simulator/data/events';
import { generateSalons } from '../../simulator/data/salons';

/**
 * What the popup must show for the Puy-de-Dôme, from the simulator's own data: its MEE
 * events (the ids the simulator's search gives for 63) by date, then the online fairs whose
 * `localisation` concerns the Puy-de-Dôme — of the simulator's twelve localisations, only
 * "RIOM (dept 63)" and "National" do — running first, then by date.
 */
export const CONCERNED_LOCALISATIONS_63 = ['RIOM (dept 63)', 'National'];

export interface PopupExpectation {
  local: string[];
  fairs: string[];
  /** Titles of the simulator's fairs that must never appear in the popup for 63. */
  otherFairTitles: Set<string>;
  more: number;
}

export async function expectedPopupFor63(simulatorUrl: string, now = new Date()): Promise<PopupExpectation> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
  const answer = await fetch(`${simulatorUrl}/__admin/events/query`, {
    method: 'POST',
    body: JSON.stringify({ departements: ['63'], dateDebut: today }),
  });
  const ids = new Set(((await answer.json()) as { ids: number[] }).ids.map(String));
  const byDate = (a: { start: string; title: string }, b: { start: string; title: string }) =>
    Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title);

  const local = generateEvents()
    .filter((event) => ids.has(String(event.wire.id)))
    .map((event) => normaliseMeeEvent(event.wire, now.getTime()))
    .filter((event) => event !== null && !hasEnded(event, now))
    .map((event) => event!)
    .sort(byDate);
  const salons = generateSalons();
  const fairs = salons
    .filter((salon) => CONCERNED_LOCALISATIONS_63.includes(salon.localisation ?? ''))
    .map(normaliseSalon)
    .filter((event) => event !== null && !hasEnded(event, now))
    .map((event) => event!)
    .sort((a, b) => Number(!isRunning(a, now)) - Number(!isRunning(b, now)) || byDate(a, b));
  const concernedTitles = new Set(fairs.map((f) => f.title));
  const otherFairTitles = new Set(
    salons.map((s) => s.titre.trim()).filter((title) => !concernedTitles.has(title)),
  );
  const shown = Math.min(5, local.length) + Math.min(3, fairs.length);
  return {
    local: local.slice(0, 5).map((e) => e.title),
    fairs: fairs.slice(0, 3).map((e) => e.title),
    otherFairTitles,
    more: local.length + fairs.length - shown,
  };
}
