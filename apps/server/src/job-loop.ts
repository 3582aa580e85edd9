/**
 * The in-process job runner: polls the jobs table every few seconds. Several server processes can
 * run it at once (SKIP LOCKED); a stopped process leaves nothing half-done that a lease expiry
 * will not hand to another.
 */
export function startJobLoop(runDue: () => Promise<number>, hourly: () => Promise<void>, onError: (error: unknown) => void, intervalMs = 5000) {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let lastHourly = Date.now();
  const tick = async () => {
    try {
      while (!stopped && (await runDue()) > 0) {
        /* drain */
      }
      if (Date.now() - lastHourly > 3_600_000) {
        lastHourly = Date.now();
        await hourly();
      }
    } catch (error) {
      onError(error);
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  running = running.then(tick);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
