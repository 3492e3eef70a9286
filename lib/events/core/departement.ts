const METROPOLE = /^(0[1-9]|[1-8]\d|9[0-5])$/;

/** Département of a commune from its INSEE code ("63300" → "63", "2A004" → "2A", "97105" → "971"). */
export function departementFromInsee(insee: string | null | undefined): string | null {
  const code = insee?.trim().toUpperCase() ?? '';
  if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) return null;
  if (code.startsWith('2A') || code.startsWith('2B')) return code.slice(0, 2);
  if (/^97[1-6]/.test(code)) return code.slice(0, 3);
  const two = code.slice(0, 2);
  return METROPOLE.test(two) ? two : null;
}

/** Département from a postal code, when no INSEE code is given (Corsica split at 20200). */
export function departementFromPostalCode(postalCode: string | null | undefined): string | null {
  const code = postalCode?.trim() ?? '';
  if (!/^\d{5}$/.test(code)) return null;
  if (/^97[1-6]/.test(code)) return code.slice(0, 3);
  if (code.startsWith('20')) return Number(code) < 20200 ? '2A' : '2B';
  const two = code.slice(0, 2);
  return METROPOLE.test(two) ? two : null;
}
