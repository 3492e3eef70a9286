/**
 * The one event model of the product: MEE events and online fairs ("salons en ligne")
 * are both normalised into it (lib/events/normalise-*.ts). Public data only.
 * Instants are ISO-8601 strings in UTC (`toISOString()`); they survive JSON storage and
 * messaging unchanged. Each event says the time zone its hours are read and shown in.
 */
export type EventSource = 'mee' | 'salon-en-ligne';

export type EventModality = 'presentiel' | 'distance' | 'mixte';

export interface EventPlace {
  city: string;
  postalCode: string;
  inseeCode: string | null;
  /** Département code derived from the INSEE or postal code ("63", "2A", "971"). */
  departement: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface EmploymentEvent {
  /** Unique across sources: `${source}:${id}`. */
  key: string;
  source: EventSource;
  id: string;
  title: string;
  /** Type label as the source gives it ("Salon", "Job dating", "Salon en ligne"…). */
  typeLabel: string;
  /** MEE type code when the label is one of the known types ("13"…"32"). */
  typeCode: string | null;
  start: string;
  end: string | null;
  /**
   * IANA zone the event's hours are shown in: its own (Indian/Reunion, America/Cayenne…), or a
   * fixed offset (Etc/GMT-6) when the source's offset fits no zone it names; Europe/Paris for
   * online fairs.
   */
  timeZone: string;
  /** False when the source gives dates without hours (online fairs). */
  hasTime: boolean;
  online: boolean;
  modality: EventModality;
  place: EventPlace | null;
  /** Free-text location of online fairs ("RIOM (dept 63)"). */
  locationLabel: string | null;
  /** ROME grand-domaine letters A–N. */
  sectors: string[];
  romeCodes: string[];
  audiences: string[];
  objectives: string[];
  placesTotal: number | null;
  placesLeft: number | null;
  offersCount: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  organiser: string | null;
  /** HTML as received: sanitise before display (components/events/…). */
  descriptionHtml: string;
  /** Where a person registers, or the online fair's page. */
  url: string | null;
  runningNow: boolean;
}
