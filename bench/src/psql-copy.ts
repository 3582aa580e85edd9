/**
 * COPY FROM STDIN through psql (node-postgres has no COPY without another package): `lines` are the
 * text-format rows, each ending in a newline, written in chunks with back-pressure.
 */
import { spawn } from 'node:child_process';

export function copyThroughPsql(url: string, table: string, columns: readonly string[], lines: Iterable<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const psql = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `COPY ${table} (${columns.join(', ')}) FROM STDIN`], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    psql.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    psql.on('error', reject);
    psql.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`psql COPY failed (${String(code)}): ${stderr}`))));
    const it = lines[Symbol.iterator]();
    const pump = (): void => {
      let chunk = '';
      for (let i = 0; i < 20_000; i++) {
        const next = it.next();
        if (next.done) {
          psql.stdin.end(chunk);
          return;
        }
        chunk += next.value;
      }
      if (psql.stdin.write(chunk)) setImmediate(pump);
      else psql.stdin.once('drain', pump);
    };
    pump();
  });
}
