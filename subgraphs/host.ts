import type { Config, SubgraphName } from '../platform/config';
import type { Logger } from '../platform/logger';
import { createInfrastructure, infrastructureReadiness, type Infrastructure } from '../platform/runtime';
import { seedDemoIfEmpty } from './seed';
import { bindingsFrom, buildSubgraph, remoteBindings, type ServiceBindings } from './registry';
import type { Subgraph } from './types';

export interface SubgraphHostOptions {
  logger: Logger;
  /** Use this infrastructure (tests) instead of opening one from config; it is then not closed. */
  infrastructure?: Infrastructure;
  /**
   * How the hosted subgraphs reach the service interfaces of others: `in-process` (embedded: the
   * providers are hosted here too) or `remote` (standalone: over HTTP at the configured URLs).
   */
  bindings: 'in-process' | 'remote';
  /** See `SubgraphDeps.enforceAuthorization` (benchmarks only). */
  enforceAuthorization?: boolean;
}

export interface SubgraphHost {
  subgraphs: Partial<Record<SubgraphName, Subgraph>>;
  infrastructure: Infrastructure;
  /** `/readyz`: the store and the bus answer. */
  readiness(details?: Record<string, unknown>): Promise<{ ready: boolean; details: Record<string, unknown> }>;
  /** Stops background work, then closes the infrastructure if the host opened it. */
  stop(): Promise<void>;
}

/**
 * The one place subgraphs are built, initialised, started and stopped, for the embedded gateway
 * (all five, in-process) and for a standalone subgraph server (one, remote bindings) alike.
 */
export async function startSubgraphs(
  names: readonly SubgraphName[],
  config: Config,
  options: SubgraphHostOptions,
): Promise<SubgraphHost> {
  const infra = options.infrastructure ?? (await createInfrastructure(config, options.logger));
  const owned = !options.infrastructure;
  const built: Partial<Record<SubgraphName, Subgraph>> = {};
  const started: Subgraph[] = [];
  const stop = async () => {
    for (const s of started.reverse()) await s.stop?.();
    started.length = 0;
    if (owned) await infra.close();
  };
  try {
    const build = (name: SubgraphName, bindings: ServiceBindings) => {
      const logger = names.length > 1 ? options.logger.child({ subgraph: name }) : options.logger;
      const deps = { store: infra.store, bus: infra.bus, logger, enforceAuthorization: options.enforceAuthorization };
      built[name] = buildSubgraph(name, deps, bindings, {
        sweepIntervalMs: config.reservationSweepMs,
        pickupHoldSeconds: config.pickupHoldSeconds,
        cartHoldSeconds: config.cartHoldSeconds,
        paymentWindowSeconds: config.paymentWindowSeconds,
        recognitionTokenTtlSeconds: config.recognitionTokenTtlSeconds,
        internalSecret: config.internalSecret,
        backorderMaxWaitSeconds: config.backorderMaxWaitSeconds,
        webhooks: config.webhooks,
      });
    };
    if (options.bindings === 'remote') {
      for (const name of names) build(name, remoteBindings(config, name));
    } else {
      // Lazy: each call finds its owner in `built`, so subgraphs that call each other (catalog and
      // fulfillment) build in any order.
      const bindings = bindingsFrom(built);
      for (const name of names) build(name, bindings);
    }
    const subgraphs = names.map((n) => built[n]!);
    await Promise.all(subgraphs.map((s) => s.init()));
    // Before start(): catalog's start reads the network, which must be there already.
    await seedDemoIfEmpty(infra.store, subgraphs, config, options.logger);
    for (const s of subgraphs) {
      await s.start?.();
      started.push(s);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    subgraphs: built,
    infrastructure: infra,
    readiness: (details = {}) => infrastructureReadiness(infra, details),
    stop,
  };
}
