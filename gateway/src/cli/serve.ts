/**
 * Runs one gateway process until SIGINT / SIGTERM, with a start banner (plain text on stdout;
 * the logs themselves are JSON lines).
 */
import type { LoadedConfig } from '../config/load';
import type { RunningGateway } from '../server';
import { startGateway } from '../server';

export function banner(loaded: LoadedConfig, gateway: RunningGateway, extra: string[] = []): string {
  const { config } = loaded;
  const lines = [
    `Guichet Emploi — passerelle: ${config.publicUrl}`,
    `  listening on   ${gateway.url}${config.trustProxy !== false ? ' (behind a trusted reverse proxy)' : ''}`,
    `  configuration  ${loaded.file}`,
    `  database       ${gateway.database.description}`,
    `  ProConnect     ${config.proconnect.issuer} (client ${config.proconnect.clientId})`,
    `  issuer         ${config.publicUrl}/oauth (extension client ${config.extension.clientId})`,
    `  organisations  ${config.organisations.map((o) => `${o.name} (${o.siret})`).join(', ')}`,
    ...extra,
  ];
  return `${lines.join('\n')}\n`;
}

export async function serveUntilStopped(loaded: LoadedConfig, extra: string[] = []): Promise<RunningGateway> {
  const gateway = await startGateway(loaded);
  process.stdout.write(banner(loaded, gateway, extra));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    gateway.app.log.info({ signal }, 'stopping');
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return gateway;
}
