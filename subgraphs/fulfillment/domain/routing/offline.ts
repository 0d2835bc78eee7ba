/**
 * The offline entry point (`npm run route -- FILE`, subgraphs/route-main.ts): one instance or an
 * array of them, already read as JSON, checked all before any is routed, each routed by the same
 * engine the API calls.
 */
import type { RoutingOptions, RoutingPlan } from './model';
import { parseInstance } from './parse';
import { routeOrder } from './route';

export type RoutedInstances = { ok: true; plans: RoutingPlan[] } | { ok: false; code: 'BAD_INPUT'; message: string };

/** Plans in input order, or the first bad field as `instance <index>: <path> <problem>`. */
export function routeInstances(json: unknown, options: RoutingOptions = {}): RoutedInstances {
  const raws: unknown[] = Array.isArray(json) ? json : [json];
  const instances = [];
  for (const [i, raw] of raws.entries()) {
    const parsed = parseInstance(raw);
    if (!parsed.ok) return { ok: false, code: 'BAD_INPUT', message: `instance ${i}: ${parsed.message}` };
    instances.push(parsed.instance);
  }
  return { ok: true, plans: instances.map((instance) => routeOrder(instance, options)) };
}
