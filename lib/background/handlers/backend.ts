import type { ResolvedSettings } from '../../settings/core/settings';
import type { ConnectionService } from '../../settings/connection';
import type { EventsSource } from '../../events/source';
import type { JournalReader } from '../../journal/journal';
import type { StatusChecks } from '../../status/checks';
import type { OrganisationView } from '../../settings/organisation-view';
import type { Result } from '../../core/app-error';

/**
 * What the background's handlers need, in the domain's terms (no HTTP path): the settings in
 * force, the events source, the status checks, the journal and the connection. The settings
 * are read once per operation and passed to what the operation uses, so one refresh or one
 * check sees one configuration even if it changes midway. "Direct" (../direct/backend.ts)
 * reaches the upstream services from the extension; the organisation gateway is the second
 * implementation.
 */
export interface Backend {
  settings(): Promise<ResolvedSettings>;
  /** The organisation's settings as the options page shows them (read-only). */
  organisation(): Promise<Result<OrganisationView>>;
  events(settings: ResolvedSettings): EventsSource;
  status(settings: ResolvedSettings): StatusChecks;
  journal: JournalReader;
  connection: ConnectionService;
}
