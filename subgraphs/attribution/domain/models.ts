/** Attribution models: how a conversion's revenue is credited to the touchpoints before it. */
export type AttributionModel = 'LAST_TOUCH' | 'FIRST_TOUCH' | 'LINEAR' | 'TIME_DECAY' | 'POSITION_BASED';

export interface TouchInput {
  id: string;
  occurredAt: string;
}

export interface Credit {
  touchpointId: string;
  weight: number;
  /** Minor units; credits sum exactly to the conversion revenue. */
  revenue: number;
}

const DAY_MS = 86_400_000;
/** TIME_DECAY: a touchpoint's weight halves for every 7 days before the conversion. */
export const TIME_DECAY_HALF_LIFE_DAYS = 7;

/** Touchpoints within [conversion − lookback, conversion], oldest first (ties by id). */
export function qualifying(touchpoints: TouchInput[], conversionAt: string, lookbackDays: number): TouchInput[] {
  const end = Date.parse(conversionAt);
  const start = end - lookbackDays * DAY_MS;
  return touchpoints
    .filter((t) => {
      const at = Date.parse(t.occurredAt);
      return at >= start && at <= end;
    })
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
}

function rawWeights(model: AttributionModel, touches: TouchInput[], conversionAt: string): number[] {
  const n = touches.length;
  switch (model) {
    case 'LAST_TOUCH':
      return touches.map((_, i) => (i === n - 1 ? 1 : 0));
    case 'FIRST_TOUCH':
      return touches.map((_, i) => (i === 0 ? 1 : 0));
    case 'LINEAR':
      return touches.map(() => 1);
    case 'TIME_DECAY': {
      const end = Date.parse(conversionAt);
      return touches.map((t) => 2 ** (-(end - Date.parse(t.occurredAt)) / (TIME_DECAY_HALF_LIFE_DAYS * DAY_MS)));
    }
    case 'POSITION_BASED':
      if (n === 1) return [1];
      if (n === 2) return [0.5, 0.5];
      return touches.map((_, i) => (i === 0 || i === n - 1 ? 0.4 : 0.2 / (n - 2)));
  }
}

/**
 * Splits `total` minor units proportionally to `weights` with the largest-remainder method, so
 * the parts are integers that sum exactly to `total`.
 */
export function splitMinorUnits(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k]!.i]! += 1;
  return parts;
}

/** Credits for one conversion; empty when no touchpoint falls inside the lookback window. */
export function attribute(
  model: AttributionModel,
  conversion: { revenue: number; occurredAt: string },
  touchpoints: TouchInput[],
  lookbackDays: number,
): Credit[] {
  const touches = qualifying(touchpoints, conversion.occurredAt, lookbackDays);
  if (touches.length === 0) return [];
  const weights = rawWeights(model, touches, conversion.occurredAt);
  const sum = weights.reduce((a, b) => a + b, 0);
  const revenues = splitMinorUnits(conversion.revenue, weights);
  return touches
    .map((t, i) => ({ touchpointId: t.id, weight: weights[i]! / sum, revenue: revenues[i]! }))
    .filter((c) => c.weight > 0);
}
