/**
 * The Node.js majors the gateway runs on: the project's LTS (.node-version). Node 20 has been
 * out of security support since 30 April 2026; a server holding an organisation's credentials
 * and audit trail must not start on an unsupported runtime.
 */
export const SUPPORTED_NODE_MAJORS: readonly number[] = [24];

/** The refusal to print, or null when this Node.js is supported. */
export function unsupportedNodeMessage(version: string = process.version): string | null {
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  if (SUPPORTED_NODE_MAJORS.includes(major)) return null;
  return (
    `The Guichet Emploi gateway needs Node.js ${SUPPORTED_NODE_MAJORS.join(' or ')} LTS; ` +
    `this is Node.js ${version}. Install Node.js ${SUPPORTED_NODE_MAJORS.at(-1)} LTS and start it again.\n`
  );
}
