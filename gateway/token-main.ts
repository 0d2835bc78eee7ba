/**
 * `npm run token -- <kind> <args...> [--ttl seconds]`: mints a bearer token for the gateway,
 * signed with INTERNAL_SECRET (development and tests; production issues tokens from its IdP).
 *
 *   npm run token -- customer cus_000001
 *   npm run token -- associate emp_42 loc_store_01
 *   npm run token -- device kiosk_7 loc_store_03
 *   npm run token -- partner partner_marketplace_01 orders:write,catalog:read
 *   npm run token -- service orders
 *   npm run token -- operator ops_1
 */
import { parsePrincipal, PrincipalError } from '../platform/auth/principal';
import { mintToken } from '../platform/auth/jwt';
import { ConfigError, loadConfig, processEnv } from '../platform/config';

const USAGE = `usage: npm run token -- <customer ID | associate USER LOCATION | device DEVICE LOCATION | partner ID SCOPES | service NAME | operator USER> [--ttl SECONDS]\n`;

function principalFrom(args: string[]): unknown {
  const [kind, a, b] = args;
  switch (kind) {
    case 'customer':
      return { kind, customerId: a };
    case 'associate':
      return { kind, userId: a, locationId: b };
    case 'device':
      return { kind, deviceId: a, locationId: b };
    case 'partner':
      return { kind, partnerId: a, scopes: (b ?? '').split(',').filter(Boolean) };
    case 'service':
      return { kind, service: a };
    case 'operator':
      return { kind, userId: a };
    default:
      return { kind };
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const ttlAt = args.indexOf('--ttl');
  let ttl = 3600;
  if (ttlAt >= 0) {
    ttl = Number(args[ttlAt + 1]);
    args.splice(ttlAt, 2);
    if (!Number.isInteger(ttl) || ttl < 1) {
      process.stderr.write('--ttl must be a positive integer (seconds)\n');
      return 2;
    }
  }
  try {
    const config = loadConfig(processEnv());
    const principal = parsePrincipal(principalFrom(args));
    process.stdout.write(`${await mintToken(principal, config.jwt, ttl)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof PrincipalError || err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
