/**
 * A worker thread of the fan-out benchmark's set-up: starts the network inquiry of its share of
 * the cases through `startInquiry`, on its own connections, signing with the platform's key file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createServiceContext, loadOrCreateSigningKey } from '@zhixing/services';
import { openDatabase } from '@zhixing/db';
import { startInquiries, type InquiryItem } from './fanout-setup.js';

const job = workerData as { url: string; keyFile: string; items: InquiryItem[] };
const database = await openDatabase({ kind: 'postgres', url: job.url }, { poolSize: 4 });
try {
  const ctx = createServiceContext(database);
  const signer = loadOrCreateSigningKey(job.keyFile, new Date());
  const started = await startInquiries(ctx, job.items, signer, 2, (done) => parentPort!.postMessage({ type: 'progress', done }));
  parentPort!.postMessage({ type: 'done', ...started });
} finally {
  await database.close();
}
