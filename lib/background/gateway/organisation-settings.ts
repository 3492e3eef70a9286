import type { Result } from '../../core/app-error';
import type { AgentSessionState } from '../../agent-session/core/agent';
import type { GatewayRequester } from '../../agent-session/gateway-request';
import { organisationSettingsSchema, type OrganisationSettings } from '../../gateway-api/core/wire';
import { organisationSettingsItem } from '../../platform/storage/items';
import type { ResolvedSettings, SettingsResolution } from '../../settings/core/settings';

/**
 * The organisation's settings come from its gateway (GET /api/v1/settings) for the signed-in
 * agent: modes, motifs, visible fields, default territory, retention, role. The last answer is
 * kept in session storage (the organisation's rules, no secret, no person's data) so that a
 * popup opened while the gateway is slow or the agent signed out still has them.
 */
/** How long an answer is used without asking again (the gateway sets no-store: we bound it). */
export const ORGANISATION_SETTINGS_TTL_MS = 5 * 60_000;

export async function fetchOrganisationSettings(
  requester: GatewayRequester,
  gateway: string,
  now = Date.now(),
  options: { force?: boolean } = {},
): Promise<Result<OrganisationSettings>> {
  const stored = await organisationSettingsItem.getValue();
  if (!options.force && stored?.gateway === gateway && now - stored.at < ORGANISATION_SETTINGS_TTL_MS) {
    return { ok: true, value: stored.settings };
  }
  const answer = await requester.json({ path: '/settings' }, organisationSettingsSchema);
  if (answer.ok) await organisationSettingsItem.setValue({ gateway, settings: answer.value, at: now });
  else if (answer.error.code === 'signed_out') await organisationSettingsItem.removeValue();
  return answer;
}

export async function cachedOrganisationSettings(gateway: string): Promise<OrganisationSettings | undefined> {
  const stored = await organisationSettingsItem.getValue();
  return stored?.gateway === gateway ? stored.settings : undefined;
}

/**
 * The settings in force through the gateway: the organisation's rules replace the local ones;
 * the agent keeps their language and their own territory if the organisation allows it (its
 * default applies when they chose none, or may not choose). A territory fixed by the
 * extension's policy stays. Pure.
 */
export function withOrganisation(
  local: SettingsResolution,
  organisation: OrganisationSettings | undefined,
  session?: AgentSessionState,
): ResolvedSettings {
  const settings: ResolvedSettings = { ...local.settings };
  if (session?.status === 'signed_in') {
    settings.agentName = `${session.profile.agent.givenName} ${session.profile.agent.usualName}`;
  }
  if (!organisation) return settings;
  settings.verificationModes = organisation.verificationModes;
  settings.motifs = organisation.motifs;
  settings.statusFields = organisation.visibleResultFields;
  settings.journalRetentionDays = organisation.retention.journalDays;
  // The organisation's territory when the agent chose none, or may not choose (an answer cached
  // by an older version has no such field: agents chose then).
  const mayChange = organisation.agentMayChangeTerritory !== false;
  if (local.sources.departements === 'default' || (!mayChange && local.sources.departements === 'user')) {
    settings.departements = organisation.defaultTerritory;
  }
  return settings;
}
