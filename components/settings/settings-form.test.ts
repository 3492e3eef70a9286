import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../lib/settings/core/settings';
import { toSettingsView } from '../../lib/settings/settings-view';
import {
  buildChange,
  draftFromView,
  invalidKeys,
  originsInUse,
  originsNeededBy,
  type Draft,
} from './settings-form';

const viewOf = (input: { policy?: unknown; user?: unknown }) => toSettingsView(resolveSettings(input));
const edit = (draft: Draft, patch: Partial<Draft>) => ({ draft: { ...draft, ...patch } });

describe('settings form model', () => {
  it('starts from the saved values: lists as lists, motifs one per line, no secret field', () => {
    const draft = draftFromView(viewOf({ user: { motifs: ['RSA', 'Logement'], apiParticulierToken: 't' } }));
    expect(draft.motifs).toBe('RSA\nLogement');
    expect(draft).not.toHaveProperty('apiParticulierToken');
    expect(draft.statusFields).toEqual(['identite', 'contact', 'adresse', 'inscription']);
    expect(draft.eventsApiUrl).toBe('');
    expect(draft.journalRetentionDays).toBe('180');
  });

  it('sends only what changed; a blank text goes back to the default', () => {
    const view = viewOf({ user: { agentName: 'J. Brun', motifs: ['RSA'] } });
    const draft = draftFromView(view);
    expect(buildChange(view, { draft })).toEqual({ values: {}, clear: [] });
    const change = buildChange(
      view,
      edit(draft, { agentName: '  ', motifs: 'RSA\n\n  Cantine  ', journalRetentionDays: '30' }),
    );
    expect(change).toEqual({
      values: { motifs: ['RSA', 'Cantine'], journalRetentionDays: '30' },
      clear: ['agentName'],
    });
    expect(invalidKeys(change)).toEqual([]);
  });

  it('never sends a key fixed by policy, nor the connection once the policy holds it', () => {
    const view = viewOf({ policy: { partnerClientId: 'org', agentName: 'Org' } });
    const draft = draftFromView(view);
    const change = buildChange(
      view,
      edit(draft, { agentName: 'Me', environment: 'sandbox', language: 'en' }),
    );
    expect(change).toEqual({ values: { language: 'en' }, clear: [] });
  });

  it('checks an emptied list instead of resetting it', () => {
    const view = viewOf({});
    const change = buildChange(view, edit(draftFromView(view), { verificationModes: [], departements: [] }));
    expect(change.values).toEqual({ verificationModes: [] });
    expect(invalidKeys(change)).toEqual(['verificationModes']);
  });

  it('knows which hosts need a permission: changed ones before saving, used ones after', () => {
    expect(
      originsNeededBy({
        values: {
          eventsApiUrl: 'https://gw.example.fr/v1',
          apiParticulierUrl: 'https://particulier.api.gouv.fr',
        },
        clear: [],
      }),
    ).toEqual(['https://gw.example.fr/*']);
    const policyView = viewOf({
      policy: { environment: 'production', franceConnectIssuer: 'https://fc.example.fr' },
    });
    expect(originsInUse(policyView)).toEqual(['https://fc.example.fr/*']);
    expect(originsInUse(viewOf({}))).toEqual([]);
  });
});
