import type { SalesChannel } from '../platform/shared/commerce';
import type { IdentifierType, LoyaltyTier, ScenarioCustomer, ScenarioIdentifier } from './scenario';
import { STORE_COUNT, TIER_WEIGHT, storeTier } from './locations';
import type { Random } from './random';
import { DAY_MS, DEMO_NOW, HOUR_MS, iso, pad } from './constants';

/** Customers of a French omnichannel retailer, with identifiers seen across channels. */

// prettier-ignore
const FIRST_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Jade', 'Louise', 'Alice', 'Zoé', 'Sarah', 'Juliette', 'Clara', 'Anaïs',
  'Élodie', 'Mathilde', 'Pauline', 'Charlotte', 'Margaux', 'Océane', 'Céline', 'Sophie', 'Nathalie', 'Isabelle', 'Aurélie',
  'Lucas', 'Hugo', 'Louis', 'Gabriel', 'Arthur', 'Jules', 'Nathan', 'Théo', 'Raphaël', 'Maxime', 'Thomas', 'Antoine',
  'Nicolas', 'Julien', 'Alexandre', 'Guillaume', 'Romain', 'Quentin', 'Benoît', 'Mathieu', 'Sébastien', 'Olivier',
  'François', 'Yanis', 'Karim', 'Mehdi', 'Amina', 'Fatou', 'Yasmine', 'Noah', 'Adam', 'Enzo', 'Mélanie', 'Laurent', 'Hélène',
];
// prettier-ignore
const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel',
  'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine',
  'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier',
  'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu',
  'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier',
  'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard',
  'Roche', 'Renard', 'Schmitt', 'Le Gall', 'Le Goff', 'Kerbrat', 'Benali', 'Haddad', 'Nguyen', 'Da Silva', 'Ferreira',
];
const EMAIL_DOMAINS = [
  ['gmail.com', 30], ['orange.fr', 14], ['free.fr', 10], ['hotmail.fr', 9], ['outlook.fr', 7], ['laposte.net', 7],
  ['yahoo.fr', 6], ['sfr.fr', 5], ['icloud.com', 6], ['wanadoo.fr', 4], ['proton.me', 2],
] as const; // prettier-ignore
const B2B_DOMAINS = ['hotel-les-tilleuls.fr', 'cafe-du-port.fr', 'studio-ardoise.fr', 'gites-de-provence.fr', 'atelier-verdier.fr', 'bistrot-lumiere.fr']; // prettier-ignore

const CUSTOMER_COUNT = 360;

/** What the order generator needs to know about a customer beyond the document. */
export interface CustomerProfile {
  id: string;
  createdAtMs: number;
  b2b: boolean;
  appUser: boolean;
  marketplaceBuyer: boolean;
  loyaltyMember: boolean;
  /** Index of the store the customer lives near (for POS, kiosk and pick-up). */
  homeStore: number;
}

export interface CustomerData {
  customers: ScenarioCustomer[];
  profiles: CustomerProfile[];
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Normalisation applied to identifier values (as the identity subgraph does). */
export function normaliseIdentifier(type: IdentifierType, value: string): string {
  const trimmed = value.trim();
  if (type === 'EMAIL') return trimmed.toLowerCase();
  if (type === 'PHONE') {
    const digits = trimmed.replace(/[^\d+]/g, '');
    if (digits.startsWith('+')) return digits;
    if (digits.startsWith('0')) return `+33${digits.slice(1)}`;
    return `+${digits}`;
  }
  return trimmed;
}

function uuid(rng: Random): string {
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`;
}

export function generateCustomers(rng: Random): CustomerData {
  const customers: ScenarioCustomer[] = [];
  const profiles: CustomerProfile[] = [];
  const taken = new Set<string>();
  const storeWeights = Array.from({ length: STORE_COUNT }, (_, i) => [i, TIER_WEIGHT[storeTier(i)]] as const);

  /** Draws values until one is unused, so every (type, value) is globally unique. */
  const unique = (type: IdentifierType, make: (attempt: number) => string): string => {
    for (let attempt = 0; ; attempt += 1) {
      const value = normaliseIdentifier(type, make(attempt));
      if (!taken.has(`${type}:${value}`)) {
        taken.add(`${type}:${value}`);
        return value;
      }
    }
  };

  for (let i = 1; i <= CUSTOMER_COUNT; i += 1) {
    const id = `cus_${pad(i, 6)}`;
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const createdAtMs = rng.chance(0.9)
      ? DEMO_NOW - rng.int(200, 1100) * DAY_MS - rng.int(0, 23) * HOUR_MS
      : DEMO_NOW - rng.int(10, 199) * DAY_MS - rng.int(0, 23) * HOUR_MS;
    const b2b = i % 20 === 3;
    const appUser = !b2b && rng.chance(0.4);
    const marketplaceBuyer = !b2b && rng.chance(0.18);
    const loyaltyMember = !b2b && rng.chance(0.6);
    const hasEmail = b2b || rng.chance(0.92);
    const hasPhone = !hasEmail || rng.chance(0.85);

    const ids: ScenarioIdentifier[] = [];
    const add = (type: IdentifierType, value: string, source: SalesChannel, afterDays: number): void => {
      const addedAt = Math.min(createdAtMs + afterDays * DAY_MS + rng.int(0, 12) * HOUR_MS, DEMO_NOW - HOUR_MS);
      ids.push({ type, value, source, addedAt: iso(addedAt) });
    };
    const f = ascii(firstName)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    const l = ascii(lastName)
      .toLowerCase()
      .replace(/[^a-z]/g, '');

    let email: string | null = null;
    if (hasEmail) {
      const domain = b2b ? rng.pick(B2B_DOMAINS) : rng.weighted(EMAIL_DOMAINS);
      // Raw input as typed (mixed case, stray spaces); the stored value is normalised.
      email = unique('EMAIL', (attempt) => {
        const local = rng.weighted([
          [`${firstName}.${lastName}`, 4],
          [`${f}${l}`, 2],
          [`${f.charAt(0)}.${l}`, 2],
          [`${f}.${l}${rng.int(1, 99)}`, 2],
        ] as const);
        const suffix = attempt > 0 ? String(attempt + 1) : '';
        return ` ${ascii(local).replace(/\s+/g, '')}${suffix}@${domain} `;
      });
      add(
        'EMAIL',
        email,
        b2b
          ? 'B2B'
          : rng.weighted([
              ['WEB', 6],
              ['APP', 2],
              ['POS', 1],
            ] as const),
        0,
      );
    }
    let phone: string | null = null;
    if (hasPhone) {
      phone = unique(
        'PHONE',
        () => `0${rng.pick(['6', '7'])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
      );
      add(
        'PHONE',
        phone,
        hasEmail
          ? rng.weighted([
              ['WEB', 3],
              ['APP', 2],
              ['POS', 2],
            ] as const)
          : 'POS',
        hasEmail ? rng.int(0, 60) : 0,
      );
    }
    if (loyaltyMember)
      add(
        'LOYALTY_CARD',
        unique('LOYALTY_CARD', () => `LC-${rng.digits(10)}`),
        'POS',
        rng.int(0, 120),
      );
    if (appUser) {
      const devices = rng.chance(0.15) ? 2 : 1;
      for (let d = 0; d < devices; d += 1)
        add(
          'DEVICE_ID',
          unique('DEVICE_ID', () => uuid(rng)),
          'APP',
          rng.int(1, 180),
        );
    }
    if (marketplaceBuyer)
      add(
        'MARKETPLACE_ID',
        unique('MARKETPLACE_ID', () => `GM-${rng.digits(9)}`),
        'MARKETPLACE',
        rng.int(0, 150),
      );
    if (rng.chance(0.06))
      add(
        'PAYMENT_TOKEN',
        unique('PAYMENT_TOKEN', () => `tok_${rng.hex(24)}`),
        'WEB',
        rng.int(0, 90),
      );
    if (b2b)
      add(
        'EXTERNAL',
        unique('EXTERNAL', () => `ERP-C${rng.digits(6)}`),
        'B2B',
        0,
      );

    const loyaltyTier: LoyaltyTier = loyaltyMember
      ? rng.weighted([
          ['NONE', 15],
          ['SILVER', 50],
          ['GOLD', 27],
          ['PLATINUM', 8],
        ] as const)
      : 'NONE';
    const updatedAt = ids.reduce((max, x) => (x.addedAt > max ? x.addedAt : max), iso(createdAtMs));
    customers.push({
      id,
      firstName,
      lastName,
      email,
      phone,
      loyaltyTier,
      marketingOptIn: rng.chance(0.55),
      identifiers: ids,
      createdAt: iso(createdAtMs),
      updatedAt,
    });
    profiles.push({
      id,
      createdAtMs,
      b2b,
      appUser,
      marketplaceBuyer,
      loyaltyMember,
      homeStore: rng.weighted(storeWeights),
    });
  }
  return { customers, profiles };
}
