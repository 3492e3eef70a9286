import { describe, expect, it } from 'vitest';
import { anInPersonEvent, anOnlineFair } from '../core/test-events';
import { messagesFor } from '../../i18n/catalog';
import { buildIcs, icsFileName } from './ics';
import { mapLink } from './map-link';
import { eventSummary, eventsSummary } from './summary';

const NOW = new Date('2025-11-20T10:00:00Z');
const t = messagesFor('fr').events;

/** Unfolds an iCalendar text and lists its VEVENTs as property maps (name;params → value). */
function parseIcs(text: string): { lines: string[]; events: Map<string, string>[] } {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return { lines, events };
}

describe('buildIcs', () => {
  it('writes a timed event in Europe/Paris wall-clock time with the zone definition', () => {
    const result = buildIcs([anInPersonEvent()], NOW, t.online);
    if (!result.ok) throw new Error(result.detail);
    const { lines, events } = parseIcs(result.ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('TZID:Europe/Paris');
    const event = events[0];
    expect(event?.get('DTSTART;TZID=Europe/Paris')).toBe('20251125T090000');
    expect(event?.get('DTEND;TZID=Europe/Paris')).toBe('20251125T120000');
    expect(event?.get('SUMMARY')).toBe('Job dating logistique');
    expect(event?.get('LOCATION')).toBe('Riom 63200');
    expect(event?.get('UID')).toBe('mee:123456@guichet-emploi');
    expect(event?.get('URL')).toBe(
      'https://mesevenementsemploi.francetravail.fr/mes-evenements-emploi/evenement/123456',
    );
    expect(event?.get('DESCRIPTION')).toContain('Rencontrez des recruteurs du secteur.');
    expect(event?.get('DESCRIPTION')).not.toContain('<');
  });

  it('keeps Paris hours across the daylight-saving change', () => {
    const summer = anInPersonEvent({ start: '2026-06-02T07:00:00Z', end: '2026-06-02T10:00:00Z' });
    const result = buildIcs([summer], NOW, t.online);
    if (!result.ok) throw new Error(result.detail);
    expect(parseIcs(result.ics).events[0]?.get('DTSTART;TZID=Europe/Paris')).toBe('20260602T090000');
  });

  it('writes an online fair as all-day dates with an exclusive end', () => {
    const result = buildIcs([anOnlineFair()], NOW, t.online);
    if (!result.ok) throw new Error(result.detail);
    const event = parseIcs(result.ics).events[0];
    expect(event?.get('DTSTART;VALUE=DATE')).toBe('20251110');
    expect(event?.get('DTEND;VALUE=DATE')).toBe('20251125');
    expect(event?.get('LOCATION')).toBe('En ligne – RIOM (dept 63)');
  });

  it('names the file after the event', () => {
    expect(icsFileName(anInPersonEvent())).toBe('job-dating-logistique-2025-11-25.ics');
    expect(icsFileName(anInPersonEvent({ title: '« Métiers » ' }))).toBe('metiers-2025-11-25.ics');
  });
});

describe('eventSummary', () => {
  it('summarises an in-person event in plain French text', () => {
    expect(eventSummary(anInPersonEvent(), t, 'fr', NOW)).toBe(
      [
        'Job dating logistique',
        'Job dating · mar. 25 nov., 9 h – 12 h',
        'Lieu : Riom (63200)',
        '18 places restantes',
        'Organisateur : France Travail Riom',
        'Inscription : https://mesevenementsemploi.francetravail.fr/mes-evenements-emploi/evenement/123456',
      ].join('\n'),
    );
  });

  it('summarises an online fair, a full event and several events', () => {
    const fair = eventSummary(anOnlineFair(), t, 'fr', NOW);
    expect(fair).toContain('Lieu : En ligne – RIOM (dept 63)');
    expect(fair).toContain('42 offres');
    expect(fair).toContain('Candidatures jusqu’au 30 nov.');
    expect(eventSummary(anInPersonEvent({ placesLeft: 0 }), t, 'fr', NOW)).toContain('Complet');
    expect(eventsSummary([anInPersonEvent(), anOnlineFair()], t, 'fr', NOW).split('\n\n')).toHaveLength(2);
  });
});

describe('mapLink', () => {
  it('points at the coordinates, or searches the city without them', () => {
    const place = anInPersonEvent().place!;
    expect(mapLink(place)).toBe(
      'https://www.openstreetmap.org/?mlat=45.89360&mlon=3.11260#map=15/45.89360/3.11260',
    );
    expect(mapLink({ ...place, latitude: null, longitude: null })).toBe(
      'https://www.openstreetmap.org/search?query=63200%20Riom%2C%20France',
    );
  });
});
