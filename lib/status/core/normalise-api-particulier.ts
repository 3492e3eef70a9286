import type { JobSeekerStatus } from './status';
import { wallDateOf, zonedDate } from '../../core/zoned-time';
import type { ApiParticulierStatut } from './wire/api-particulier';
import { normaliseCategoryCode } from './categories';
import { cnavCertification } from './cnav';
import { addressLines, registeredOn, text } from './status-parts';

/**
 * API Particulier v3 in the product's model. For people no longer registered only the
 * dates come back: the other sections are null. Null when the dates cannot be read.
 */
export function normaliseApiParticulier(
  payload: ApiParticulierStatut,
  now: number = Date.now(),
): JobSeekerStatus | null {
  const { identite, contact, adresse, inscription } = payload.data;
  const since = wallDateOf(inscription.date_debut);
  const until = inscription.date_fin ? wallDateOf(inscription.date_fin) : null;
  if (!since || (inscription.date_fin && !until)) return null;
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
          ...cnavCertification(inscription.code_certification_cnav),
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
    registration: {
      registeredNow: registeredOn(until, zonedDate(now)),
      since,
      until,
      categoryCode: normaliseCategoryCode(inscription.categorie?.code),
      categoryLabel: text(inscription.categorie?.libelle),
    },
  };
}
