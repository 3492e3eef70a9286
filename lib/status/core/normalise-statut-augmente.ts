import type { JobSeekerStatus } from './status';
import { wallDateOf, zonedDate } from '../../core/zoned-time';
import type { StatutAugmente } from './wire/statut-augmente';
import { normaliseCategoryCode } from './categories';
import { cnavCertification } from './cnav';
import { addressLines, registeredOn, text } from './status-parts';

/**
 * The category as sent: a code ("1", 1) with its label, or — as France Travail's backend has
 * sent it — the label where the code should be: the label is kept, the category is unknown.
 */
function categoryOf(
  value: string | number,
  label: string | null | undefined,
): { categoryCode: string | null; categoryLabel: string | null } {
  const code = normaliseCategoryCode(value);
  if (code !== null) return { categoryCode: code, categoryLabel: text(label) };
  return { categoryCode: null, categoryLabel: text(label) ?? text(String(value)) };
}

/** FranceConnect "statut augmenté" in the product's model; null when its dates cannot be read. */
export function normaliseStatutAugmente(
  payload: StatutAugmente,
  now: number = Date.now(),
): JobSeekerStatus | null {
  const { etatCivil, modalitesContact: contact, adresse, situationInscription: situation } = payload;
  const since = wallDateOf(situation.dateInscription);
  if (!since) return null;
  const until = situation.dateCessationInscription ? wallDateOf(situation.dateCessationInscription) : null;
  if (situation.dateCessationInscription && !until) return null;
  return {
    source: 'franceconnect',
    retrievedAt: new Date(now).toISOString(),
    identity: {
      civility: text(etatCivil.civilite),
      birthName: text(etatCivil.nom),
      usageName: text(etatCivil.nomUsage),
      firstName: text(etatCivil.prenom),
      sex: text(etatCivil.sexe),
      birthDate: wallDateOf(etatCivil.dateNaissance),
      ...cnavCertification(etatCivil.codeCertificationCNAV),
    },
    contact: contact
      ? { email: text(contact.email), phone: text(contact.telephone), phone2: text(contact.telephone2) }
      : null,
    address: {
      lines: addressLines([
        adresse.ligneNom,
        adresse.ligneComplementDestinataire,
        adresse.ligneComplementAdresse,
        adresse.ligneVoie,
        adresse.ligneComplementDistribution,
      ]),
      postalCode: text(adresse.codePostal),
      locality: text(adresse.localite),
      inseeCode: text(adresse.inseecommune ?? adresse.INSEECommune),
    },
    registration: {
      registeredNow: registeredOn(until, zonedDate(now)),
      since,
      until,
      ...categoryOf(situation.categorieInscription, situation.libellecategorieInscription),
    },
    // The FranceConnect scope opens every block.
    notCovered: [],
  };
}
