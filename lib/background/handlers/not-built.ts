import { fail } from '../../errors/app-error';

/** Placeholder for a service not built yet: a typed error naming it, never a silent success. */
export const notBuilt = (what: string) => async () =>
  fail({ code: 'internal', detail: `${what} is not built yet` });
