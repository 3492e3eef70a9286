/**
 * The pure modules of lib/ the gateway's configuration shares with the extension (the only
 * file that imports lib/ for now, so that lib/'s restructuring touches one place).
 */
export { STATUS_FIELDS, VERIFICATION_MODES } from '../../../lib/settings/core/constants';
export { departementCodeSchema, isValidSiret } from '../../../lib/settings/core/settings';
