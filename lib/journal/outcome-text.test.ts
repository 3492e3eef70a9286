import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/app-error';
import journal from '../i18n/messages/journal';
import { outcomeText } from './outcome-text';

describe('outcomeText', () => {
  it('words a failure and its reason, never the code', () => {
    expect(outcomeText({ outcome: 'error', errorCode: 'server' }, journal.fr)).toBe(
      'Erreur : service momentanément indisponible',
    );
    expect(outcomeText({ outcome: 'error', errorCode: 'server' }, journal.en)).toBe(
      'Error: service temporarily unavailable',
    );
    for (const code of ERROR_CODES) {
      expect(outcomeText({ outcome: 'error', errorCode: code }, journal.fr)).not.toContain(code);
    }
  });

  it('says the cause is not given for a code it does not know (an older version’s)', () => {
    expect(outcomeText({ outcome: 'error', errorCode: 'E42' }, journal.fr)).toBe(
      'Erreur : cause non précisée',
    );
    expect(outcomeText({ outcome: 'error', errorCode: null }, journal.fr)).toBe(
      'Erreur : cause non précisée',
    );
  });

  it('words the other outcomes alone', () => {
    expect(outcomeText({ outcome: 'registered', errorCode: null }, journal.fr)).toBe('Inscrit(e)');
    expect(outcomeText({ outcome: 'refused', errorCode: null }, journal.fr)).toBe(
      'Refus ou abandon de la personne',
    );
  });
});
