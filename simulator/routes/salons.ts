/** `GET /partenaire/evenements/v1/salonsenligne`: a bare JSON array, dates as dd/MM/yyyy. */
import type { Handler } from '../context';
import { guardFranceTravail } from './gateway';
import { breakOneItem, sendData } from './payload';

export const salonsRoute: Handler = async (ctx) => {
  if (!(await guardFranceTravail(ctx, (token) => ctx.app.partnerTokens.verify(token)?.clientId))) return;
  sendData(ctx, breakOneItem(ctx, ctx.app.salons, ['titre', 'dateDebut', 'urlSalonEnLigne']));
};
