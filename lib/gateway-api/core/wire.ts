import { z } from 'zod';
import type { EmploymentEvent } from '../../events/core/event';
import { STATUS_FIELDS, VERIFICATION_MODES } from '../../status/core/check-rules';
import type { JobSeekerStatus } from '../../status/core/status';

/**
 * What the gateway's API answers the extension (gateway/src/part2, checks, events), checked
 * at the extension's boundary. Pure: shared by the extension and the gateway.
 */
const text = (max: number) => z.string().max(max);
const nullableText = (max = 2000) => text(max).nullable();
const isoInstant = z.string().max(40);

export const organisationSettingsSchema = z
  .object({
    organisation: z.object({ id: text(100), name: text(200) }),
    role: z.enum(['agent', 'referent', 'dpo']),
    verificationModes: z.array(z.enum(VERIFICATION_MODES)),
    motifs: z.array(text(200)).max(50),
    visibleResultFields: z.array(z.enum(STATUS_FIELDS)),
    defaultTerritory: z.array(text(3)).max(101),
    /** Absent from an older gateway's answer: agents chose their territory then. */
    agentMayChangeTerritory: z.boolean().default(true),
    retention: z.object({ journalDays: z.number().int() }),
  })
  .meta({ id: 'OrganisationSettings' });
export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;

const place = z.object({
  city: text(200),
  postalCode: text(10),
  inseeCode: nullableText(10),
  departement: nullableText(3),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

/** lib/events/core/event.ts, as the gateway's shared copy sends it (public data). */
export const employmentEventSchema = z.object({
  key: text(100),
  source: z.enum(['mee', 'salon-en-ligne']),
  id: text(80),
  title: text(500),
  typeLabel: text(200),
  typeCode: nullableText(10),
  start: isoInstant,
  end: isoInstant.nullable(),
  timeZone: text(64),
  hasTime: z.boolean(),
  online: z.boolean(),
  modality: z.enum(['presentiel', 'distance', 'mixte']),
  place: place.nullable(),
  locationLabel: nullableText(500),
  sectors: z.array(text(4)).max(20),
  romeCodes: z.array(text(10)).max(200),
  audiences: z.array(text(300)).max(50),
  objectives: z.array(text(300)).max(50),
  placesTotal: z.number().nullable(),
  placesLeft: z.number().nullable(),
  offersCount: z.number().nullable(),
  registrationOpensAt: isoInstant.nullable(),
  registrationClosesAt: isoInstant.nullable(),
  organiser: nullableText(500),
  descriptionHtml: text(100_000),
  url: nullableText(2000),
  runningNow: z.boolean(),
}) satisfies z.ZodType<EmploymentEvent>;

export const eventsPageSchema = z.object({
  territory: z.array(z.string()),
  fetchedAt: isoInstant,
  ageSeconds: z.number().int().min(0),
  stale: z.boolean(),
  /** The gateway cannot reach its database and serves its process's last copy (stale too). */
  degraded: z.boolean().optional(),
  total: z.number().int().min(0),
  page: z.number().int().min(0),
  size: z.number().int().min(1),
  /** Items parsed one by one by the source: one malformed event is dropped, not the page. */
  events: z.array(z.unknown()),
});

const identity = z.object({
  civility: nullableText(20),
  birthName: nullableText(200),
  usageName: nullableText(200),
  firstName: nullableText(200),
  sex: nullableText(10),
  birthDate: nullableText(10),
  cnav: z.enum(['certified', 'not_certified', 'unknown']),
  cnavCode: nullableText(20),
});
const contact = z.object({ email: nullableText(320), phone: nullableText(40), phone2: nullableText(40) });
const address = z.object({
  lines: z.array(text(300)).max(10),
  postalCode: nullableText(10),
  locality: nullableText(200),
  inseeCode: nullableText(10),
});
const registration = z.object({
  registeredNow: z.boolean(),
  since: nullableText(10),
  until: nullableText(10),
  categoryCode: nullableText(10),
  categoryLabel: nullableText(200),
});

/** lib/status/core/status.ts, minimised by the gateway to the organisation's fields. */
export const jobSeekerStatusSchema = z.object({
  source: z.enum(['franceconnect', 'api-particulier']),
  retrievedAt: isoInstant,
  identity: identity.nullable(),
  contact: contact.nullable(),
  address: address.nullable(),
  registration: registration.nullable(),
  notCovered: z.array(z.enum(STATUS_FIELDS)).default([]),
}) satisfies z.ZodType<JobSeekerStatus, unknown>;

export const checkAnswerSchema = z.object({
  checkId: z.uuid(),
  found: z.boolean(),
  status: jobSeekerStatusSchema.nullable(),
  notCovered: z.array(z.enum(STATUS_FIELDS)),
});
export type CheckAnswer = z.output<typeof checkAnswerSchema>;

export const franceConnectStartSchema = z.object({
  checkId: z.uuid(),
  authorizationUrl: z.url(),
  /** The gateway's own URL that redirects to authorizationUrl (absent from older gateways). */
  startUrl: z.url().optional(),
});
export const sealedResultSchema = z.object({ checkId: z.uuid(), sealedResult: z.string().max(200_000) });
