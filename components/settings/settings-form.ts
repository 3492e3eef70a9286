import { customOriginPatterns } from '../../lib/settings/host-access';
import { lockedFromSources } from '../../lib/settings/core/locks';
import { AGENT_KEYS, settingSchemas, type AgentKey } from '../../lib/settings/core/settings';
import type { SettingsView } from '../../lib/platform/messaging/protocol';

/**
 * The options form as pure data: the draft the agent edits (only what is theirs: the
 * territory and the language), the change sent to the background (only the keys that
 * differ), and validation with the model's own schemas.
 */
export { AGENT_KEYS, type AgentKey };

export interface Draft {
  departements: string[];
  language: string;
}

export function draftFromView(view: SettingsView): Draft {
  const departements = view.values.departements;
  return {
    departements: Array.isArray(departements) ? departements.map(String) : [],
    language: view.language,
  };
}

export interface SettingsChange {
  values: Partial<Record<AgentKey, unknown>>;
  clear: AgentKey[];
}

/**
 * What to send: each key the agent may change whose draft differs from the saved value (an
 * empty territory is a value: all of France). `territoryFixed`: the organisation sets it.
 */
export function buildChange(view: SettingsView, draft: Draft, territoryFixed = false): SettingsChange {
  const locked = lockedFromSources(view.sources);
  const initial = draftFromView(view);
  const change: SettingsChange = { values: {}, clear: [] };
  for (const key of AGENT_KEYS) {
    if (locked.includes(key) || (key === 'departements' && territoryFixed)) continue;
    if (JSON.stringify(draft[key]) !== JSON.stringify(initial[key])) change.values[key] = draft[key];
  }
  return change;
}

export const isEmptyChange = (change: SettingsChange) =>
  Object.keys(change.values).length === 0 && change.clear.length === 0;

/** Keys of the change whose value the model refuses, in form order. */
export function invalidKeys(change: SettingsChange): AgentKey[] {
  return AGENT_KEYS.filter(
    (key) => key in change.values && !settingSchemas[key].safeParse(change.values[key]).success,
  );
}

/** Host patterns the saved connection uses beyond the hosts granted at install (the gateway's). */
export function originsInUse(view: SettingsView): string[] {
  const url = view.values.gatewayUrl;
  return customOriginPatterns([typeof url === 'string' ? url : undefined]);
}
