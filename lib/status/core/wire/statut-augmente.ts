/**
 * Wire schema of FranceConnect "Statut augmenté" (§2): field names and cardinalities as
 * documented, including the odd casing (`libellecategorieInscription`, `inseecommune`), and
 * the spellings of France Travail's own backend beside them (`INSEECommune`, a category label
 * in `categorieInscription`).
 */
import { z } from 'zod';

/** Documented as "date"; samples carry a date-time with offset or Z. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
  message: 'expected an ISO date or date-time',
});
const optionalString = z.string().nullish();

const etatCivil = z.object({
  civilite: z.string(),
  nom: z.string(),
  nomUsage: z.string().nullish(),
  prenom: z.string(),
  // Documented as required; the situation backend's answers leave it out (fixtures/real/).
  sexe: z.string().nullish(),
  dateNaissance: date,
  // null or AC/DC/EC/RC = identity not certified by the CNAV.
  codeCertificationCNAV: z.string().nullable(),
});

const modalitesContact = z.object({
  telephone: optionalString,
  telephone2: optionalString,
  email: optionalString,
  codeValiditeEmail: optionalString,
});

/** Documented `inseecommune`; France Travail's situation backend writes `INSEECommune`. */
const adresse = z
  .object({
    ligneNom: z.string(),
    ligneComplementDestinataire: optionalString,
    ligneComplementAdresse: optionalString,
    ligneVoie: optionalString,
    ligneComplementDistribution: optionalString,
    codePostal: z.string(),
    localite: z.string(),
    inseecommune: z.string().optional(),
    INSEECommune: z.string().optional(),
  })
  .refine((a) => a.inseecommune !== undefined || a.INSEECommune !== undefined, {
    message: 'expected inseecommune (or INSEECommune)',
    path: ['inseecommune'],
  });

const situationInscription = z.object({
  dateInscription: date,
  // null = still registered.
  dateCessationInscription: date.nullable(),
  // A code ("1" or 1) as documented, or the category's label where the code should be.
  categorieInscription: z.union([z.string(), z.number()]),
  // Absent when the label came in categorieInscription.
  libellecategorieInscription: z.string().nullish(),
});

/** The documented, nested shape. */
const nested = z.object({
  etatCivil,
  modalitesContact: modalitesContact.nullish(),
  adresse,
  situationInscription,
});

/**
 * The flat shape France Travail's situation backend answered with (the same fields, not
 * grouped: betagouv/api-particulier-pole-emploi-connector, fixtures/real/statut-augmente/).
 * Accepted too, and regrouped, should the FranceConnect endpoint answer so.
 */
const flat = z
  .object({
    ...etatCivil.shape,
    telephone: optionalString,
    telephone2: optionalString,
    email: optionalString,
    codeValiditeEmail: optionalString,
    adresse,
    ...situationInscription.shape,
  })
  .transform((f): z.infer<typeof nested> => ({
    etatCivil: {
      civilite: f.civilite,
      nom: f.nom,
      nomUsage: f.nomUsage,
      prenom: f.prenom,
      sexe: f.sexe,
      dateNaissance: f.dateNaissance,
      codeCertificationCNAV: f.codeCertificationCNAV,
    },
    modalitesContact: {
      telephone: f.telephone,
      telephone2: f.telephone2,
      email: f.email,
      codeValiditeEmail: f.codeValiditeEmail,
    },
    adresse: f.adresse,
    situationInscription: {
      dateInscription: f.dateInscription,
      dateCessationInscription: f.dateCessationInscription,
      categorieInscription: f.categorieInscription,
      libellecategorieInscription: f.libellecategorieInscription,
    },
  }));

export const statutAugmenteSchema = z.union([nested, flat]);
export type StatutAugmente = z.infer<typeof statutAugmenteSchema>;
