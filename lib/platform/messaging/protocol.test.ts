import type { OrganisationView } from '../../settings/organisation-view';
import type { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from '../../core/app-error';
import type { EmploymentEvent } from '../../events/core/event';
import type { RefreshSummary } from '../../events/refresh';
import type { JournalEntry, JournalListing, JournalQuery } from '../../journal/core/types';
import type { ConnectionState, ConnectionTestReport, ServiceName } from '../../settings/connection';
import type { SettingsView } from '../../settings/settings-view';
import type { VerifyRequest, VerifyResponse } from '../../status/core/check';
import type { JobSeekerStatus } from '../../status/core/status';
import type { PingResponse, ProtocolMap } from './protocol';
import { requestSchemas } from './request-schemas';
import type { ProtocolHandlers } from './serve';

type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Reply<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;
type Parsed<K extends keyof ProtocolMap> = z.output<(typeof requestSchemas)[K]>;

// Type tests: `tsc --noEmit` (npm test's first step) fails when the protocol's shape drifts.
describe('the UI ↔ background protocol', () => {
  it('has one request schema per message, and no other', () => {
    expectTypeOf<keyof typeof requestSchemas>().toEqualTypeOf<keyof ProtocolMap>();
    expect(Object.keys(requestSchemas).sort()).toEqual(
      [
        'agentSignIn',
        'agentSignOut',
        'exportJournal',
        'findJournalByIdentifier',
        'finishLocalJournalMigration',
        'getAgentSession',
        'getJournalAccess',
        'getLocalJournalMigration',
        'getConnectionState',
        'getEventDetail',
        'getSettingsView',
        'getOrganisationSettings',
        'listJournal',
        'ping',
        'refreshEvents',
        'saveUserSettings',
        'signOut',
        'testConnection',
        'verifyJournalChain',
        'verifyStatus',
      ].sort(),
    );
  });

  it('parses each request into the data its handler takes', () => {
    // Both ways assignable: the schema and the type describe the same request.
    expectTypeOf<Parsed<'verifyStatus'>>().toMatchTypeOf<VerifyRequest>();
    expectTypeOf<VerifyRequest>().toMatchTypeOf<Parsed<'verifyStatus'>>();
    expectTypeOf<Data<'verifyStatus'>>().toEqualTypeOf<VerifyRequest>();
    expectTypeOf<Parsed<'listJournal'>>().toMatchTypeOf<JournalQuery>();
    expectTypeOf<Parsed<'getEventDetail'>>().toEqualTypeOf<{
      source: EmploymentEvent['source'];
      id: string;
    }>();
    expectTypeOf<Parsed<'testConnection'>>().toEqualTypeOf<{ service: ServiceName }>();
    expectTypeOf<Parsed<'findJournalByIdentifier'>>().toEqualTypeOf<Data<'findJournalByIdentifier'>>();
  });

  it('answers every message but ping with a Result of a type defined beside its producer', () => {
    expectTypeOf<Reply<'ping'>>().toEqualTypeOf<PingResponse>();
    expectTypeOf<Reply<'getConnectionState'>>().toEqualTypeOf<Result<ConnectionState>>();
    expectTypeOf<Reply<'refreshEvents'>>().toEqualTypeOf<Result<RefreshSummary>>();
    expectTypeOf<Reply<'getEventDetail'>>().toEqualTypeOf<Result<EmploymentEvent>>();
    expectTypeOf<Reply<'verifyStatus'>>().toEqualTypeOf<Result<VerifyResponse>>();
    expectTypeOf<Reply<'signOut'>>().toEqualTypeOf<Result<{ cleared: number }>>();
    expectTypeOf<Reply<'getSettingsView'>>().toEqualTypeOf<Result<SettingsView>>();
    expectTypeOf<Reply<'getOrganisationSettings'>>().toEqualTypeOf<Result<OrganisationView>>();
    expectTypeOf<Reply<'saveUserSettings'>>().toEqualTypeOf<Result<SettingsView>>();
    expectTypeOf<Reply<'testConnection'>>().toEqualTypeOf<Result<ConnectionTestReport>>();
    expectTypeOf<Reply<'listJournal'>>().toEqualTypeOf<Result<JournalListing>>();
    expectTypeOf<Reply<'findJournalByIdentifier'>>().toEqualTypeOf<Result<JournalEntry[]>>();
  });

  it('carries the domain model, never a wire format nor a secret', () => {
    expectTypeOf<VerifyResponse['status']>().toEqualTypeOf<JobSeekerStatus | null>();
    expectTypeOf<SettingsView>().not.toHaveProperty('secretsSet');
    expectTypeOf<ProtocolHandlers['verifyStatus']>().returns.toEqualTypeOf<Promise<Result<VerifyResponse>>>();
  });
});
