import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../i18n/catalog';
import { anInPersonEvent, anOnlineFair } from '../core/test-events';
import { MAILTO_MAX_LENGTH, mailDraft } from './mail';

const NOW = new Date('2025-11-20T10:00:00Z');
const { events: e, eventsPanel: p } = messagesFor('fr');

/** What a mail client reads from the link (RFC 6068). */
function readMailto(url: string) {
  expect(url.startsWith('mailto:?')).toBe(true);
  const query = new URLSearchParams(url.slice('mailto:?'.length));
  return { subject: query.get('subject'), body: query.get('body') ?? '' };
}

describe('mailDraft', () => {
  it('hands one event over in French: title, date and time, place, registration link', () => {
    const draft = mailDraft([anInPersonEvent()], e, p, 'fr', NOW);
    const { subject, body } = readMailto(draft.url);
    expect(subject).toBe('Job dating logistique');
    expect(body.split('\r\n')).toEqual([
      'Bonjour,',
      '',
      'Voici l’évènement emploi dont nous avons parlé :',
      '',
      'Job dating logistique',
      'Quand : mar. 25 nov., 9 h – 12 h',
      'Où : Riom (63200)',
      'Inscription : https://mesevenementsemploi.francetravail.fr/mes-evenements-emploi/evenement/123456',
      '',
      e.printAdvice,
    ]);
    expect(draft.included).toBe(1);
  });

  it('gives an overseas event its own local hours, and says they are local', () => {
    // 9 h – 12 h in Saint-Denis (UTC+4) is 6 h – 9 h in Paris: the person reads the local hours.
    const reunion = anInPersonEvent({
      start: '2025-11-25T05:00:00.000Z',
      end: '2025-11-25T08:00:00.000Z',
      timeZone: 'Indian/Reunion',
    });
    const { body } = readMailto(mailDraft([reunion], e, p, 'fr', NOW).url);
    expect(body).toContain('Quand : mar. 25 nov., 9 h – 12 h (heure locale, UTC+4)');
  });

  it('numbers several events, says an online one is online, and encodes every reserved character', () => {
    const fair = anOnlineFair({ title: 'Salon & forum : 100 % en ligne ?' });
    const draft = mailDraft([anInPersonEvent(), fair], e, p, 'fr', NOW);
    // No raw space or line break, and the title's "&" and "?" do not split the query.
    expect(draft.url).not.toMatch(/\s/);
    expect(draft.url.slice('mailto:?'.length).split('&')).toHaveLength(2);
    expect(draft.url.slice('mailto:?'.length)).not.toContain('?');
    expect(draft.url).toContain('%0D%0A');
    const { subject, body } = readMailto(draft.url);
    expect(subject).toBe('Évènements emploi sélectionnés pour vous');
    expect(body).toContain('1. Job dating logistique');
    expect(body).toContain('2. Salon & forum : 100 % en ligne ?');
    expect(body).toContain('   Où : En ligne');
    expect(body).toContain('   Quand : du lun. 10 nov. au lun. 24 nov.');
    expect(body).toContain('   Inscription : https://salonenligne.francetravail.fr/salons/42');
    expect(body).not.toMatch(/[\u00a0\u202f]/);
  });

  it('stops before the length mail clients cut, at an event, and says how many are left out', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      anInPersonEvent({ key: `mee:${i}`, title: `Forum de l’emploi n° ${i} à Clermont-Ferrand` }),
    );
    const draft = mailDraft(many, e, p, 'fr', NOW);
    expect(draft.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(draft.included).toBeGreaterThan(1);
    expect(draft.included).toBeLessThan(30);
    const { body } = readMailto(draft.url);
    expect(body).toContain(`${draft.included}. Forum de l’emploi n° ${draft.included - 1}`);
    expect(body).not.toContain(`${draft.included + 1}. Forum`);
    expect(body).toContain(`(${30 - draft.included} autres évènements ne tiennent pas dans ce courriel.)`);
  });

  it('always holds the first event, even a long one', () => {
    const long = anInPersonEvent({ title: 'É'.repeat(800) });
    const draft = mailDraft([long, anInPersonEvent({ key: 'mee:2' })], e, p, 'fr', NOW);
    expect(draft.included).toBe(1);
    expect(readMailto(draft.url).body).toContain('É'.repeat(800));
  });

  it('writes the interface language', () => {
    const { events, eventsPanel } = messagesFor('en');
    const { body } = readMailto(mailDraft([anInPersonEvent()], events, eventsPanel, 'en', NOW).url);
    expect(body).toContain('When: Tue 25 Nov, 09:00 – 12:00');
    expect(body).toContain('Where: Riom (63200)');
  });
});
