/**
 * The routing engine's vocabulary: the network snapshot and order it is given, and the plan it
 * returns. The offline format (`npm run route`, docs/routing.md) is exactly these shapes as JSON.
 */
import type { DeliveryMethod } from '../../../../platform/shared/commerce';
import type { FulfillmentCapability, LocationType } from '../../model';

/** The criteria the objective may weigh, in the order `terms` lists them (docs/routing.md). */
export const WEIGHT_KEYS = [
  'cost',
  'lateHour',
  'extraShipment',
  'distanceKm',
  'rank',
  'capacityUse',
  'stockBalance',
] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];
/** Each criterion's weight; an absent one is 0. Weights are finite and non-negative. */
export type Weights = Partial<Record<WeightKey, number>>;
/** Each criterion's weighted contribution to the objective (every key present). */
export type Terms = Record<WeightKey, number>;

/** One node of the network as it is at decision time. */
export interface RoutingNode {
  id: string;
  type: LocationType;
  lat: number;
  lng: number;
  capabilities: readonly FulfillmentCapability[];
  active: boolean;
  /** Fulfillment orders the node can still take today. */
  capacityLeft: number;
  handlingHours: number;
  /** Minor units. */
  costPerShipment: number;
  /** Minor units per km to the destination. */
  costPerKm: number;
  /** Preference, lower preferred. */
  rank: number;
  /** Units available to promise, by SKU; a missing SKU is 0. */
  stock: Readonly<Record<string, number>>;
}

export interface Carrier {
  /** Hours every parcel takes on top of the distance (pick-up, sorting, last mile). */
  baseHours: number;
  /** Average line-haul speed, > 0. */
  kmPerHour: number;
}

export interface OrderLine {
  id: string;
  sku: string;
  /** Units, a positive integer. */
  quantity: number;
  /** The engine routes SHIP lines; docs/routing.md describes how the others extend the model. */
  deliveryMethod: DeliveryMethod;
}

export interface RoutingOrder {
  destination: { lat: number; lng: number };
  /** The promise target, in hours from the decision. */
  slaHours: number;
  lines: readonly OrderLine[];
}

export interface RoutingProfile {
  /** At most this many shipments (distinct nodes): max splits + 1. */
  maxShipments: number;
  /** Farthest a node may be from the destination (inclusive); null: no limit. */
  maxDistanceKm: number | null;
  weights: Weights;
}

export interface RoutingInstance {
  nodes: readonly RoutingNode[];
  carrier: Carrier;
  order: RoutingOrder;
  profile: RoutingProfile;
}

export interface ShipmentLine {
  lineId: string;
  quantity: number;
}

export interface Shipment {
  nodeId: string;
  /** Great-circle km from the node to the destination. */
  km: number;
  /** `costPerShipment + costPerKm · km`, minor units (unweighted). */
  cost: number;
  /** `handlingHours + carrier.baseHours + km / carrier.kmPerHour`. */
  promiseHours: number;
  lines: ShipmentLine[];
}

/** Why a node is not in the plan: it fails a filter (first failing one, in this order), or it only makes the plan worse. */
export const REJECTION_REASONS = ['INACTIVE', 'NO_CAPABILITY', 'NO_CAPACITY', 'TOO_FAR', 'NO_STOCK', 'WORSE'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export type IneligibleReason = Exclude<RejectionReason, 'WORSE'>;

/** The step of the search that found the plan (docs/routing.md). */
export type SearchMethod = 'GREEDY' | 'LOCAL_SEARCH' | 'BRANCH_AND_BOUND';

export type ExplanationEntry =
  /** How the plan was found; `states` counts the search's expanded states (the deterministic budget). */
  | {
      kind: 'search';
      method: SearchMethod;
      exact: boolean;
      nodes: number;
      candidates: number;
      states: number;
    }
  /** One per shipment: the node's own weighted terms (extraShipment is the plan's, not a node's). */
  | { kind: 'chosen'; nodeId: string; units: number; km: number; promiseHours: number; terms: Terms }
  /**
   * A node that could have served the order but only in a worse plan: the best plan found that
   * ships from it (`plan`: its nodes), that plan's terms and how much worse it is.
   */
  | {
      kind: 'rejected';
      nodeId: string;
      reason: 'WORSE';
      objectiveDelta: number;
      plan: string[];
      terms: Terms;
    }
  /** A node a filter excludes (the nearest ones holding the order's SKUs first). */
  | { kind: 'rejected'; nodeId: string; reason: IneligibleReason; km: number };

export interface FeasiblePlan {
  feasible: true;
  /** True only when the search proved that no plan has a lower objective. */
  exact: boolean;
  objective: number;
  terms: Terms;
  shipments: Shipment[];
  explanation: ExplanationEntry[];
}

export const INFEASIBLE_REASONS = ['OUT_OF_STOCK', 'NO_ELIGIBLE_NODE', 'TOO_MANY_SHIPMENTS'] as const;
export type InfeasibleReason = (typeof INFEASIBLE_REASONS)[number];

export interface ShortLine {
  lineId: string;
  sku: string;
  missing: number;
}

export interface InfeasiblePlan {
  feasible: false;
  /** True when infeasibility is proved (always, except TOO_MANY_SHIPMENTS after an exhausted budget). */
  exact: boolean;
  reason: InfeasibleReason;
  shortLines: ShortLine[];
}

export type RoutingPlan = FeasiblePlan | InfeasiblePlan;

export interface RoutingOptions {
  /** States the exact search may expand before it settles for its best plan (default ROUTING_BUDGET). */
  budget?: number;
}
