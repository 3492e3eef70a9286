/** Word lists the generators draw from: sectors' jobs and ROME codes, organisers, publics. */
import type { SecteurCode } from '../../lib/events/core/wire/mee';

/** A few real ROME codes and job names per "grand domaine". */
export const METIERS: Record<SecteurCode, { rome: string; metier: string }[]> = {
  A: [
    { rome: 'A1203', metier: 'jardinier·ère paysagiste' },
    { rome: 'A1414', metier: 'ouvrier·ère horticole' },
    { rome: 'A1405', metier: 'ouvrier·ère agricole' },
  ],
  B: [
    { rome: 'B1805', metier: 'couturier·ère' },
    { rome: 'B1601', metier: 'ferronnier·ère d’art' },
  ],
  C: [
    { rome: 'C1206', metier: 'conseiller·ère clientèle bancaire' },
    { rome: 'C1102', metier: 'conseiller·ère en assurances' },
    { rome: 'C1501', metier: 'gestionnaire immobilier' },
  ],
  D: [
    { rome: 'D1106', metier: 'vendeur·euse en alimentation' },
    { rome: 'D1507', metier: 'employé·e de mise en rayon' },
    { rome: 'D1505', metier: 'hôte·esse de caisse' },
  ],
  E: [
    { rome: 'E1103', metier: 'chargé·e de communication' },
    { rome: 'E1205', metier: 'graphiste' },
  ],
  F: [
    { rome: 'F1703', metier: 'maçon·ne' },
    { rome: 'F1603', metier: 'plombier·ère chauffagiste' },
    { rome: 'F1602', metier: 'électricien·ne du bâtiment' },
  ],
  G: [
    { rome: 'G1602', metier: 'cuisinier·ère' },
    { rome: 'G1603', metier: 'serveur·euse' },
    { rome: 'G1501', metier: 'employé·e d’étage' },
    { rome: 'G1203', metier: 'animateur·rice' },
  ],
  H: [
    { rome: 'H2909', metier: 'monteur·euse assembleur·euse' },
    { rome: 'H2913', metier: 'soudeur·euse' },
    { rome: 'H3302', metier: 'opérateur·rice de production' },
  ],
  I: [
    { rome: 'I1304', metier: 'technicien·ne de maintenance industrielle' },
    { rome: 'I1604', metier: 'mécanicien·ne automobile' },
  ],
  J: [
    { rome: 'J1501', metier: 'aide-soignant·e' },
    { rome: 'J1506', metier: 'infirmier·ère' },
    { rome: 'J1304', metier: 'aide en pharmacie' },
  ],
  K: [
    { rome: 'K1302', metier: 'aide à domicile' },
    { rome: 'K2204', metier: 'agent·e de propreté' },
    { rome: 'K2111', metier: 'formateur·rice' },
  ],
  L: [
    { rome: 'L1503', metier: 'technicien·ne son et lumière' },
    { rome: 'L1302', metier: 'chargé·e de production' },
  ],
  M: [
    { rome: 'M1607', metier: 'secrétaire' },
    { rome: 'M1805', metier: 'développeur·euse informatique' },
    { rome: 'M1203', metier: 'comptable' },
  ],
  N: [
    { rome: 'N1103', metier: 'préparateur·rice de commandes' },
    { rome: 'N4101', metier: 'conducteur·rice poids lourd' },
    { rome: 'N4105', metier: 'conducteur·rice de bus' },
  ],
};

export const ORGANISATEURS = [
  'France Travail',
  'Mission locale',
  'Cap emploi',
  'Maison de l’emploi',
  'Chambre de commerce et d’industrie',
  'Chambre de métiers et de l’artisanat',
  'Conseil départemental',
  'Communauté d’agglomération',
  'Groupement d’employeurs',
  'Association Emploi Solidarité',
];

export const PUBLICS = [
  'Tout public',
  'Demandeurs d’emploi',
  'Jeunes de moins de 26 ans',
  'Personnes en situation de handicap',
  'Seniors',
  'Bénéficiaires du RSA',
  'Personnes en reconversion',
  'Étudiants',
];

export const OBJECTIFS = [
  'Découvrir un métier',
  'Rencontrer des employeurs',
  'Être recruté',
  'Préparer sa candidature',
  'Se former',
  'Créer son entreprise',
];

export const BENEFICES = [
  'Des offres d’emploi à pourvoir rapidement',
  'Des conseils personnalisés',
  'Un entretien avec un recruteur',
  'Une découverte concrète du métier',
];

export const OPERATIONS = [
  '#TousMobilisés',
  'Semaine de l’emploi',
  'Printemps de l’orientation',
  'Mois de l’alternance',
];

export const INTERVENANTS = [
  'Conseiller·ère France Travail',
  'Recruteur·euse',
  'Formateur·rice',
  'Chef·fe d’entreprise',
];
