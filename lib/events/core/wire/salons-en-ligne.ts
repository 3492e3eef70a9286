/** Wire schema of the online-fairs list (`GET /evenements/v1/salonsenligne`, §1.4). */
import { z } from 'zod';

/** Dates of this endpoint are `dd/MM/yyyy` strings, not ISO. */
export const frenchDate = z.string().regex(/^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/\d{4}$/, {
  message: 'expected a date as dd/MM/yyyy',
});

export const salonEnLigneSchema = z.object({
  titre: z.string(),
  description: z.string(),
  localisation: z.string().nullish(),
  dateDebut: frenchDate,
  dateFin: frenchDate,
  dateDebutCandidature: frenchDate.nullish(),
  dateFinCandidature: frenchDate.nullish(),
  nombreOffres: z.number().int().nullish(),
  salonEnCours: z.boolean(),
  urlSalonEnLigne: z.string(),
  // Listed by the seed but absent from older payloads.
  typeEvenement: z.string().nullish(),
  organismeOrganisateur: z.string().nullish(),
});
export type SalonEnLigne = z.infer<typeof salonEnLigneSchema>;

/** The answer is a bare array; parse its items one by one with `salonEnLigneSchema`. */
export const salonsEnLigneListSchema = z.array(z.unknown());
