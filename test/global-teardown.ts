/** Jest globalTeardown: stops the throwaway redis-server test/global-setup.ts started, if any. */
import type { ThrowawayRedis } from './support/redis-server';

declare global {
  var __throwawayRedis: ThrowawayRedis | undefined;
}

export default async function globalTeardown(): Promise<void> {
  await globalThis.__throwawayRedis?.stop();
  globalThis.__throwawayRedis = undefined;
}
