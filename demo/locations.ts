import type { FulfillmentCapability, LocationType, ScenarioLocation, ScenarioPartner } from './scenario';
import { COUNTRY_CODE, CURRENCY, DAY_MS, DEMO_NOW, TIMEZONE, iso, pad } from './constants';

/**
 * The physical network: 3 distribution centres, 30 stores in real French cities (real
 * city-centre coordinates), one 3PL and one drop-ship supplier. The network is the same for
 * every seed: only stock, customers, orders and marketing vary.
 */

export type StoreTier = 'flagship' | 'large' | 'standard' | 'small' | 'outlet';

interface Site {
  code: string;
  name: string;
  line1: string;
  city: string;
  postalCode: string;
  region: string;
  lat: number;
  lng: number;
}

interface StoreSite extends Site {
  tier: StoreTier;
}

const IDF = 'Île-de-France';
const ARA = 'Auvergne-Rhône-Alpes';
const PACA = "Provence-Alpes-Côte d'Azur";
const HDF = 'Hauts-de-France';
const NAQ = 'Nouvelle-Aquitaine';
const OCC = 'Occitanie';
const PDL = 'Pays de la Loire';
const GES = 'Grand Est';
const BRE = 'Bretagne';
const BFC = 'Bourgogne-Franche-Comté';
const CVL = 'Centre-Val de Loire';
const NOR = 'Normandie';

// prettier-ignore
const STORES: readonly StoreSite[] = [
  { code: 'PAR-RIV', name: 'Paris Rivoli', line1: '112 Rue de Rivoli', city: 'Paris', postalCode: '75001', region: IDF, lat: 48.8607, lng: 2.344, tier: 'flagship' },
  { code: 'PAR-HAU', name: 'Paris Haussmann', line1: '40 Boulevard Haussmann', city: 'Paris', postalCode: '75009', region: IDF, lat: 48.8737, lng: 2.332, tier: 'flagship' },
  { code: 'PAR-REN', name: 'Paris Rue de Rennes', line1: '75 Rue de Rennes', city: 'Paris', postalCode: '75006', region: IDF, lat: 48.847, lng: 2.329, tier: 'large' },
  { code: 'PAR-BAS', name: 'Paris Bastille', line1: '10 Rue du Faubourg Saint-Antoine', city: 'Paris', postalCode: '75011', region: IDF, lat: 48.8531, lng: 2.3713, tier: 'standard' },
  { code: 'PAR-DEF', name: 'Paris La Défense', line1: '15 Parvis de la Défense', city: 'Puteaux', postalCode: '92800', region: IDF, lat: 48.8919, lng: 2.238, tier: 'large' },
  { code: 'LYO-REP', name: 'Lyon République', line1: '58 Rue de la République', city: 'Lyon', postalCode: '69002', region: ARA, lat: 45.762, lng: 4.8357, tier: 'flagship' },
  { code: 'LYO-PDU', name: 'Lyon Part-Dieu', line1: '17 Rue du Docteur Bouchut', city: 'Lyon', postalCode: '69003', region: ARA, lat: 45.761, lng: 4.856, tier: 'large' },
  { code: 'MRS-CAN', name: 'Marseille Canebière', line1: '53 La Canebière', city: 'Marseille', postalCode: '13001', region: PACA, lat: 43.2975, lng: 5.38, tier: 'flagship' },
  { code: 'LIL-NEU', name: 'Lille Rue Neuve', line1: '31 Rue Neuve', city: 'Lille', postalCode: '59000', region: HDF, lat: 50.6365, lng: 3.0635, tier: 'large' },
  { code: 'BOD-CAT', name: 'Bordeaux Sainte-Catherine', line1: '114 Rue Sainte-Catherine', city: 'Bordeaux', postalCode: '33000', region: NAQ, lat: 44.8378, lng: -0.574, tier: 'large' },
  { code: 'TLS-ALS', name: 'Toulouse Alsace-Lorraine', line1: "45 Rue d'Alsace-Lorraine", city: 'Toulouse', postalCode: '31000', region: OCC, lat: 43.6045, lng: 1.446, tier: 'large' },
  { code: 'NTE-CRE', name: 'Nantes Crébillon', line1: '12 Rue Crébillon', city: 'Nantes', postalCode: '44000', region: PDL, lat: 47.2135, lng: -1.561, tier: 'large' },
  { code: 'SXB-ARC', name: 'Strasbourg Grandes Arcades', line1: '18 Rue des Grandes Arcades', city: 'Strasbourg', postalCode: '67000', region: GES, lat: 48.583, lng: 7.747, tier: 'standard' },
  { code: 'NCE-MED', name: 'Nice Jean Médecin', line1: '30 Avenue Jean Médecin', city: 'Nice', postalCode: '06000', region: PACA, lat: 43.701, lng: 7.268, tier: 'standard' },
  { code: 'MPL-LOG', name: 'Montpellier Écusson', line1: '8 Rue de la Loge', city: 'Montpellier', postalCode: '34000', region: OCC, lat: 43.61, lng: 3.877, tier: 'standard' },
  { code: 'RNS-BAS', name: 'Rennes Centre', line1: '9 Rue Le Bastard', city: 'Rennes', postalCode: '35000', region: BRE, lat: 48.112, lng: -1.679, tier: 'standard' },
  { code: 'GNB-FPO', name: 'Grenoble Félix Poulat', line1: '14 Rue Félix Poulat', city: 'Grenoble', postalCode: '38000', region: ARA, lat: 45.189, lng: 5.725, tier: 'standard' },
  { code: 'DIJ-LIB', name: 'Dijon Liberté', line1: '42 Rue de la Liberté', city: 'Dijon', postalCode: '21000', region: BFC, lat: 47.322, lng: 5.038, tier: 'small' },
  { code: 'ANG-LEN', name: 'Angers Lenepveu', line1: '25 Rue Lenepveu', city: 'Angers', postalCode: '49100', region: PDL, lat: 47.471, lng: -0.552, tier: 'small' },
  { code: 'RMS-ERL', name: "Reims Drouet d'Erlon", line1: "60 Place Drouet d'Erlon", city: 'Reims', postalCode: '51100', region: GES, lat: 49.254, lng: 4.029, tier: 'standard' },
  { code: 'LEH-COT', name: 'Le Havre Coty', line1: '88 Avenue René Coty', city: 'Le Havre', postalCode: '76600', region: NOR, lat: 49.499, lng: 0.115, tier: 'small' },
  { code: 'TLN-ALG', name: 'Toulon Centre', line1: "15 Rue d'Alger", city: 'Toulon', postalCode: '83000', region: PACA, lat: 43.123, lng: 5.93, tier: 'small' },
  { code: 'SET-WIL', name: 'Saint-Étienne Centre', line1: '20 Rue du Président Wilson', city: 'Saint-Étienne', postalCode: '42000', region: ARA, lat: 45.439, lng: 4.388, tier: 'small' },
  { code: 'CFE-JAU', name: 'Clermont-Ferrand Jaude', line1: '7 Place de Jaude', city: 'Clermont-Ferrand', postalCode: '63000', region: ARA, lat: 45.777, lng: 3.082, tier: 'standard' },
  { code: 'TRS-NAT', name: 'Tours Nationale', line1: '70 Rue Nationale', city: 'Tours', postalCode: '37000', region: CVL, lat: 47.393, lng: 0.688, tier: 'standard' },
  { code: 'MTZ-SER', name: 'Metz Serpenoise', line1: '22 Rue Serpenoise', city: 'Metz', postalCode: '57000', region: GES, lat: 49.117, lng: 6.174, tier: 'small' },
  { code: 'ROU-GHO', name: 'Rouen Gros-Horloge', line1: '50 Rue du Gros-Horloge', city: 'Rouen', postalCode: '76000', region: NOR, lat: 49.441, lng: 1.092, tier: 'standard' },
  { code: 'CAE-SPI', name: 'Caen Saint-Pierre', line1: '45 Rue Saint-Pierre', city: 'Caen', postalCode: '14000', region: NOR, lat: 49.184, lng: -0.364, tier: 'small' },
  { code: 'ORL-REP', name: 'Orléans République', line1: '35 Rue de la République', city: 'Orléans', postalCode: '45000', region: CVL, lat: 47.904, lng: 1.905, tier: 'small' },
  { code: 'BES-SIA', name: 'Brest Siam Outlet', line1: '60 Rue de Siam', city: 'Brest', postalCode: '29200', region: BRE, lat: 48.388, lng: -4.489, tier: 'outlet' },
];

// prettier-ignore
const DCS: readonly (Site & { capacityPerDay: number })[] = [
  { code: 'DC-PAR', name: 'DC Paris Sud', line1: '2 Rue du Bois Gautier, ZAC de la Clé de Saint-Pierre', city: 'Moissy-Cramayel', postalCode: '77550', region: IDF, lat: 48.626, lng: 2.593, capacityPerDay: 8000 },
  { code: 'DC-LYS', name: 'DC Lyon Est', line1: '8 Rue du Rhône, ZI de Chesnes Nord', city: 'Saint-Quentin-Fallavier', postalCode: '38070', region: ARA, lat: 45.643, lng: 5.112, capacityPerDay: 6000 },
  { code: 'DC-BOD', name: 'DC Sud-Ouest', line1: '14 Avenue de Toctoucau, Parc Logistique', city: 'Cestas', postalCode: '33610', region: NAQ, lat: 44.744, lng: -0.679, capacityPerDay: 4500 },
];

const THREE_PL: Site = { code: '3PL-NOR', name: 'Logistique Nord 3PL', line1: '1 Rue de la Plaine, Parc Logistique Lauwin-Planque', city: 'Lauwin-Planque', postalCode: '59553', region: HDF, lat: 50.391, lng: 3.044 }; // prettier-ignore
const DROPSHIP: Site = { code: 'DS-JTD', name: 'Jardin & Terrasse Direct', line1: '27 Rue du Bois Joly, ZI du Cormier', city: 'Cholet', postalCode: '49300', region: PDL, lat: 47.06, lng: -0.879 }; // prettier-ignore

const TIER_PROFILE: Record<
  StoreTier,
  { capabilities: FulfillmentCapability[]; capacityPerDay: number; handlingTimeHours: number; cost: number }
> = {
  flagship: {
    capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'SHIP', 'SAME_DAY_DELIVERY', 'RETURNS'],
    capacityPerDay: 150,
    handlingTimeHours: 2,
    cost: 890,
  },
  large: {
    capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'SHIP', 'RETURNS'],
    capacityPerDay: 90,
    handlingTimeHours: 3,
    cost: 890,
  },
  standard: {
    capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'RETURNS'],
    capacityPerDay: 45,
    handlingTimeHours: 4,
    cost: 790,
  },
  small: {
    capabilities: ['CARRY_OUT', 'PICKUP_IN_STORE', 'RETURNS'],
    capacityPerDay: 25,
    handlingTimeHours: 4,
    cost: 790,
  },
  outlet: { capabilities: ['CARRY_OUT', 'RETURNS'], capacityPerDay: 15, handlingTimeHours: 6, cost: 790 },
};

/** Relative size of a store, used for stock breadth and order volume. */
export const TIER_WEIGHT: Record<StoreTier, number> = { flagship: 5, large: 3, standard: 2, small: 1, outlet: 0.5 };

export const DC_IDS = ['loc_dc_01', 'loc_dc_02', 'loc_dc_03'] as const;
export const THREE_PL_ID = 'loc_3pl_01';
export const DROPSHIP_ID = 'loc_dropship_01';

export function storeId(index: number): string {
  return `loc_store_${pad(index + 1, 2)}`;
}

export function storeTier(index: number): StoreTier {
  return (STORES[index] as StoreSite).tier;
}

export const STORE_COUNT = STORES.length;

function location(
  id: string,
  site: Site,
  type: LocationType,
  capabilities: FulfillmentCapability[],
  capacityPerDay: number,
  handlingTimeHours: number,
  cost: number,
): ScenarioLocation {
  return {
    id,
    code: site.code,
    name: site.name,
    type,
    address: {
      line1: site.line1,
      city: site.city,
      postalCode: site.postalCode,
      region: site.region,
      countryCode: COUNTRY_CODE,
    },
    geo: { lat: site.lat, lng: site.lng },
    timezone: TIMEZONE,
    capabilities: [...capabilities],
    capacityPerDay,
    handlingTimeHours,
    costPerShipment: { amount: cost, currencyCode: CURRENCY },
    active: true,
    updatedAt: iso(DEMO_NOW - 30 * DAY_MS),
  };
}

export function generateLocations(): ScenarioLocation[] {
  const dcs = DCS.map((site, i) =>
    location(
      DC_IDS[i] as string,
      site,
      'WAREHOUSE',
      ['SHIP', 'SHIP_TO_STORE', 'RETURNS'],
      site.capacityPerDay,
      24,
      590,
    ),
  );
  const stores = STORES.map((site, i) => {
    const p = TIER_PROFILE[site.tier];
    return location(storeId(i), site, 'STORE', p.capabilities, p.capacityPerDay, p.handlingTimeHours, p.cost);
  });
  const threePl = location(THREE_PL_ID, THREE_PL, 'THIRD_PARTY_LOGISTICS', ['SHIP', 'RETURNS'], 3000, 24, 520);
  const dropship = location(DROPSHIP_ID, DROPSHIP, 'DROPSHIP_SUPPLIER', ['SHIP'], 300, 72, 1490);
  return [...dcs, ...stores, threePl, dropship];
}

export const MARKETPLACE_PARTNER_ID = 'partner_marketplace_01';

export function generatePartners(): ScenarioPartner[] {
  const at = (days: number): string => iso(DEMO_NOW - days * DAY_MS);
  return [
    {
      id: MARKETPLACE_PARTNER_ID,
      name: 'Galerie Marché',
      type: 'MARKETPLACE',
      scopes: ['orders:write', 'orders:read', 'catalog:read', 'availability:read'],
      createdAt: at(540),
    },
    {
      id: 'partner_3pl_01',
      name: 'Logistique Nord',
      type: 'THIRD_PARTY_LOGISTICS',
      scopes: ['fulfillment:read', 'fulfillment:write', 'inventory:write'],
      createdAt: at(720),
    },
    {
      id: 'partner_dropship_01',
      name: 'Jardin & Terrasse Direct',
      type: 'DROPSHIP_SUPPLIER',
      scopes: ['fulfillment:read', 'fulfillment:write', 'inventory:write', 'catalog:read'],
      createdAt: at(480),
    },
    {
      id: 'partner_ads_01',
      name: 'Hexa Media',
      type: 'AD_PLATFORM',
      scopes: ['touchpoints:write', 'campaigns:read', 'conversions:read'],
      createdAt: at(400),
    },
  ];
}
