/**
 * The platform of the fan-out benchmark, in a process of its own: `startServer` of apps/server —
 * the production entry point (`npm start` without the console) — with the environment the parent
 * gives (DATABASE_URL, PORT, ZX_ASSIST_SIGNING_KEY_FILE, LOG_LEVEL=silent). It serves the reply
 * endpoint and runs the job loop, whose every tick drains `dispatchAssistRequests`.
 * Tells the parent when it listens; on the parent's word, samples its own CPU profile over the
 * measured window (the inspector's profiler, 1 ms); stops cleanly on SIGTERM or when the parent goes.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startServer } from '@zhixing/server';

type Command = { type: 'profile-start' } | { type: 'profile-stop'; file: string };

const running = await startServer({ env: process.env, cwd: process.cwd(), webDir: null, print: () => {} });
const session = new Session();
process.on('message', (m: Command) => {
  void (async () => {
    if (m.type === 'profile-start') {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 1000 });
      await session.post('Profiler.start');
      process.send?.({ type: 'profile-started' });
    } else {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(m.file, JSON.stringify(profile));
      session.disconnect();
      process.send?.({ type: 'profile-written', file: m.file });
    }
  })();
});
process.send?.({ type: 'ready', url: running.url, at: Date.now() });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void running.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
