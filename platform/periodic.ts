import type { Logger } from './logger';

/**
 * Background work run every `intervalMs` (sweepers): one run at a time, the next scheduled when
 * the last has finished, a failure logged and retried next time, and `stop` waiting for a run in
 * progress so shutdown never cuts one in half.
 */
export function periodic(name: string, run: () => Promise<unknown>, intervalMs: number, logger: Logger) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;
  const tick = () => {
    running = run()
      .catch((err: unknown) => logger.error({ err, task: name }, `${name} failed`))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  return {
    start() {
      if (!stopped) return;
      stopped = false;
      timer = setTimeout(tick, intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
