import type { JobSeekerStatus } from './status';
import { wallDateOf, zonedDate } from '../../core/zoned-time';
import type { ApiParticulierStatut } from './wire/api-particulier';
import { normaliseCategoryCode } from './categories';
import { cnavCertification } from './cnav';
import { addressLines, registeredOn, text } from './status-parts';

/**
 * API Particulier v3 in the product's model. Each block comes back only with its scope: a
 * block left out is listed in `notCovered` (a missing `identifiant` is no loss: the agent
 * typed it). People no longer registered come back with their identity, contact and address
 * as well (the sandbox's `123461A`). Null when the registration dates cannot be read.
 */
export function normaliseApiParticulier(
  payload: ApiParticulierStatut,
  now: number = Date.now(),
): JobSeekerStatus | null {
  const { identite, contact, adresse, inscription } = payload.data;
  let registration: JobSeekerStatus['registration'] = null;
  if (inscription) {
    const since = wallDateOf(inscription.date_debut);
    const until = inscription.date_fin ? wallDateOf(inscription.date_fin) : null;
    if (!since || (inscription.date_fin && !until)) return null;
    registration = {
      registeredNow: registeredOn(until, zonedDate(now)),
      since,
      until,
      categoryCode: normaliseCategoryCode(inscription.categorie?.code),
      categoryLabel: text(inscription.categorie?.libelle),
    };
  }
  const notCovered = (
    [
      ['identite', identite],
      ['contact', contact],
      ['adresse', adresse],
      ['inscription', inscription],
    ] as const
  )
    .filter(([, block]) => !block)
    .map(([name]) => name);
  return {
    source: 'api-particulier',
    retrievedAt: new Date(now).toISOString(),
    identity: identite
      ? {
          civility: text(identite.civilite),
          birthName: text(identite.nom_naissance),
          usageName: text(identite.nom_usage),
          firstName: text(identite.prenom),
          sex: text(identite.sexe),
          birthDate: identite.date_naissance ? wallDateOf(identite.date_naissance) : null,
          // The CNAV code travels in the registration block: unknown without it.
          ...(inscription
            ? cnavCertification(inscription.code_certification_cnav)
            : { cnav: 'unknown' as const, cnavCode: null }),
        }
      : null,
    contact: contact
      ? { email: text(contact.email), phone: text(contact.telephone), phone2: text(contact.telephone2) }
      : null,
    address: adresse
      ? {
          lines: addressLines([
            adresse.ligne_nom,
            adresse.ligne_complement_destinataire,
            adresse.ligne_complement_adresse,
            adresse.ligne_voie,
            adresse.ligne_complement_distribution,
          ]),
          postalCode: text(adresse.code_postal),
          locality: text(adresse.localite),
          inseeCode: text(adresse.code_cog_insee_commune),
        }
      : null,
    registration,
    notCovered,
  };
}
