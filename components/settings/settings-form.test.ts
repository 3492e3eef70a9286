import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../lib/settings/core/settings';
import { toSettingsView } from '../../lib/settings/settings-view';
import { buildChange, draftFromView, invalidKeys, originsInUse } from './settings-form';

const viewOf = (input: { policy?: unknown; user?: unknown }) => toSettingsView(resolveSettings(input));

describe('settings form model', () => {
  it('starts from the saved values of what is the agent’s own, and nothing else', () => {
    const draft = draftFromView(
      viewOf({ user: { departements: ['63'], language: 'en', agentName: 'J. Brun' } }),
    );
    expect(draft).toEqual({ departements: ['63'], language: 'en' });
  });

  it('sends only what changed; an emptied territory is a value (all of France)', () => {
    const view = viewOf({ user: { departements: ['63'] } });
    const draft = draftFromView(view);
    expect(buildChange(view, draft)).toEqual({ values: {}, clear: [] });
    const change = buildChange(view, { ...draft, departements: [], language: 'en' });
    expect(change).toEqual({ values: { departements: [], language: 'en' }, clear: [] });
    expect(invalidKeys(change)).toEqual([]);
  });

  it('never sends a key fixed by policy, nor the territory the organisation sets', () => {
    const locked = viewOf({ policy: { departements: ['2A'] } });
    expect(buildChange(locked, { departements: ['63'], language: 'en' })).toEqual({
      values: { language: 'en' },
      clear: [],
    });
    const free = viewOf({});
    expect(buildChange(free, { departements: ['63'], language: 'fr' }, true)).toEqual({
      values: {},
      clear: [],
    });
  });

  it('checks the values with the model’s schemas', () => {
    expect(invalidKeys({ values: { departements: ['20'], language: 'de' }, clear: [] })).toEqual([
      'departements',
      'language',
    ]);
  });

  it('asks host access for the gateway only when it is not a loopback address', () => {
    expect(originsInUse(viewOf({ policy: { gatewayUrl: 'https://passerelle.ville.fr' } }))).toEqual([
      'https://passerelle.ville.fr/*',
    ]);
    expect(originsInUse(viewOf({ user: { gatewayUrl: 'http://127.0.0.1:8788' } }))).toEqual([]);
    expect(originsInUse(viewOf({}))).toEqual([]);
  });
});
