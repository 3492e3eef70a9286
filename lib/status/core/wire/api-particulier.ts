/** Wire schemas of API Particulier v3 `/v3/france_travail/statut/identifiant` (§3). */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected yyyy-MM-dd' });
const text = z.string().nullish();

/**
 * Each block of `data` comes back only when the organisation's token has its scope
 * (`pole_emploi_identifiant`, `_identite`, `_contact`, `_adresse`, `_inscription`: the
 * OpenAPI says scopes mask the data), so every block may be absent (or null): a missing block
 * is "not in your habilitation", never an invalid answer. Inside a block, fields are nullish.
 */
export const apiParticulierStatutSchema = z.object({
  data: z.object({
    identifiant: z.string().nullish(),
    identite: z
      .object({
        civilite: text,
        nom_naissance: text,
        nom_usage: text,
        prenom: text,
        sexe: text,
        date_naissance: isoDate.nullish(),
      })
      .nullish(),
    contact: z.object({ email: text, telephone: text, telephone2: text }).nullish(),
    adresse: z
      .object({
        code_cog_insee_commune: text,
        code_postal: text,
        ligne_complement_adresse: text,
        ligne_complement_destinataire: text,
        ligne_complement_distribution: text,
        ligne_nom: text,
        ligne_voie: text,
        localite: text,
      })
      .nullish(),
    inscription: z
      .object({
        date_debut: isoDate,
        date_fin: isoDate.nullable(),
        code_certification_cnav: text,
        categorie: z.object({ code: z.union([z.number().int(), z.string()]), libelle: z.string() }).nullish(),
      })
      .nullish(),
  }),
  links: z.record(z.string(), z.unknown()).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type ApiParticulierStatut = z.infer<typeof apiParticulierStatutSchema>;

export const apiParticulierErrorSchema = z.object({
  errors: z
    .array(
      z.object({
        code: z.string(),
        title: z.string(),
        detail: z.string(),
        source: z.unknown().optional(),
        meta: z.unknown().optional(),
      }),
    )
    .min(1),
});
export type ApiParticulierError = z.infer<typeof apiParticulierErrorSchema>;
