/**
 * Wire schema of FranceConnect "Statut augmenté" (§2): field names and cardinalities exactly
 * as documented, including the odd casing (`libellecategorieInscription`, `inseecommune`).
 */
import { z } from 'zod';

/** Documented as "date"; samples carry a date-time with offset or Z. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
  message: 'expected an ISO date or date-time',
});
const optionalString = z.string().nullish();

export const statutAugmenteSchema = z.object({
  etatCivil: z.object({
    civilite: z.string(),
    nom: z.string(),
    nomUsage: z.string().nullable(),
    prenom: z.string(),
    sexe: z.string(),
    dateNaissance: date,
    // null or AC/DC/EC/RC = identity not certified by the CNAV.
    codeCertificationCNAV: z.string().nullable(),
  }),
  modalitesContact: z
    .object({
      telephone: optionalString,
      telephone2: optionalString,
      email: optionalString,
      codeValiditeEmail: optionalString,
    })
    .nullish(),
  adresse: z.object({
    ligneNom: z.string(),
    ligneComplementDestinataire: optionalString,
    ligneComplementAdresse: optionalString,
    ligneVoie: optionalString,
    ligneComplementDistribution: optionalString,
    codePostal: z.string(),
    localite: z.string(),
    inseecommune: z.string(),
  }),
  situationInscription: z.object({
    dateInscription: date,
    // null = still registered.
    dateCessationInscription: date.nullable(),
    categorieInscription: z.union([z.string(), z.number()]),
    libellecategorieInscription: z.string(),
  }),
});
export type StatutAugmente = z.infer<typeof statutAugmenteSchema>;
