/**
 * The single check answered on the connection, below Node's HTTP server (ADR 0005, "The hot
 * route"): Node's parser, its request and response objects and their streams cost more per request
 * than the check itself, so a connection that carries checks is read here first.
 *
 * Each request is read with `readCheckMessage` (the narrow form an agency's client sends; one cut
 * short by a read is kept for the next, a few reads at most) and answered with the same key lookup,
 * reading, rate limit, service and serializer as the check's other paths (check-answer.ts): a check
 * that succeeds, or that the service refuses. At the first request it does not answer — another
 * route, a request dripped over more reads than a network splits one into, one it cannot read, an
 * unknown key, a refusal the route gives (bad body, scenario, rate limit), the app closing — the
 * connection is handed, from that request on, to Node's HTTP server as Node's own `connection`
 * listener would have had it (the bytes read are put back), and stays there. So a browser's or a
 * stranger's connection reaches Fastify after one comparison of its first bytes, and an agency gets
 * the same answer either way; `agency-check-front.int.test.ts` compares them.
 *
 * The answers carry the headers Node's would (Date, keep-alive and its timeout); an idle connection
 * is closed after the server's keep-alive timeout, and every connection held here when the app
 * closes, once its answers are written.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { checkCreditRoute } from '@zhixing/contracts';
import { findAgency } from './plugins/agency-auth.js';
import { CHECK_JSON_TYPE, type CheckAnswerer } from './check-answer.js';
import { readCheckMessage } from './read-check-message.js';

/** Reads in a row that may leave one request incomplete before the front leaves it to Node. */
const MAX_PARTIAL_READS = 3;

export interface CheckFrontCounts {
  /** Checks answered on the connection. */
  answered: number;
  /** Errors the service threw, answered as the route's error handler answers them. */
  refused: number;
  /** Connections handed to Node's HTTP server. */
  handedOver: number;
}

export interface CheckFront {
  readonly counts: CheckFrontCounts;
}

type ConnectionListener = (this: Server, socket: Socket) => void;

/**
 * Puts the front before Node's own `connection` listener of `server` (an `http.Server` fresh from
 * `createServer`); `answerer` is set once the app can answer checks, and until then every
 * connection goes to Node.
 */
export function installCheckFront(server: Server): { front: CheckFront; start(app: FastifyInstance, answerer: CheckAnswerer): void } {
  const counts: CheckFrontCounts = { answered: 0, refused: 0, handedOver: 0 };
  const node = server.listeners('connection') as ConnectionListener[];
  server.removeAllListeners('connection');
  let app: FastifyInstance | null = null;
  let answerer: CheckAnswerer | null = null;
  let closing = false;
  const held = new Set<Socket>();
  /** A request cut short by a read, kept for the next: its bytes, and for how many reads in a row. */
  const partial = new Map<Socket, { bytes: Buffer; reads: number }>();
  let dateSecond = -1;
  let date = '';

  const handOver = (socket: Socket, rest: Buffer | null): void => {
    counts.handedOver += 1;
    held.delete(socket);
    partial.delete(socket);
    socket.removeListener('data', onData);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('end', onEnd);
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
    socket.removeListener('drain', onDrain);
    socket.setTimeout(0);
    // Paused while Node's listener sets the connection up, then resumed, so that the bytes put back
    // reach Node's parser first, before anything read later.
    socket.pause();
    if (rest !== null && rest.length > 0) socket.unshift(rest);
    for (const listener of node) listener.call(server, socket);
    socket.resume();
  };

  const head = (status: number, body: string): string => {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (second !== dateSecond) {
      dateSecond = second;
      date = new Date(now).toUTCString();
    }
    const keepAlive = server.keepAliveTimeout > 0 ? `Keep-Alive: timeout=${Math.floor(server.keepAliveTimeout / 1000)}\r\n` : '';
    return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nDate: ${date}\r\nConnection: keep-alive\r\n${keepAlive}\r\n`;
  };

  function onData(this: Socket, data: Buffer): void {
    try {
      readAndAnswer(this, data);
    } catch (error) {
      // A fault of the front's own (never expected: the answerer's errors are answered) costs this
      // connection, never the process.
      app?.log.error({ err: error }, 'unexpected error in the check front');
      partial.delete(this);
      this.destroy();
    }
  }
  function readAndAnswer(socket: Socket, data: Buffer): void {
    const kept = partial.get(socket);
    if (kept) partial.delete(socket);
    const chunk = kept ? Buffer.concat([kept.bytes, data]) : data;
    let out = '';
    let at = 0;
    let stop = closing || answerer === null;
    while (!stop && at < chunk.length) {
      const message = readCheckMessage(chunk, at);
      if (message === 'partial') {
        // Kept for the next read (a request split by the network, or the last of a run cut by the
        // read's size); one still incomplete after MAX_PARTIAL_READS reads goes to Node and its timeouts.
        const reads = at === 0 && kept ? kept.reads + 1 : 1;
        if (reads > MAX_PARTIAL_READS) stop = true;
        else partial.set(socket, { bytes: chunk.subarray(at), reads });
        break;
      }
      const agency = message && CHECK_JSON_TYPE.test(message.headers['content-type']) ? findAgency(app!.credit, message.headers.authorization, checkCreditRoute.access.agencyScope) : null;
      if (message === null || agency === null || 'code' in agency) {
        stop = true;
        break;
      }
      const text = chunk.toString('utf8', message.bodyStart, message.end);
      try {
        const body = answerer!.answer(agency, text);
        if (body === null) {
          stop = true;
          break;
        }
        counts.answered += 1;
        out += head(200, body) + body;
      } catch (error) {
        const { status, body } = answerer!.failure(message.headers, error);
        counts.refused += 1;
        out += head(status, body) + body;
      }
      at = message.end;
    }
    // A client that sends without reading its answers is read no further until they drain, as Node
    // does: the answers it has not taken are all the memory it holds here.
    if (out !== '' && !socket.write(out) && !stop) {
      socket.pause();
      socket.once('drain', onDrain);
    }
    if (stop) handOver(socket, chunk.subarray(at));
  }
  function onDrain(this: Socket): void {
    this.resume();
  }
  function onTimeout(this: Socket): void {
    this.destroy();
  }
  // (Node's HTTP server lets a client half-close; nothing is pending here, so the answer is to close too)
  function onEnd(this: Socket): void {
    this.end();
  }
  function onError(this: Socket): void {
    this.destroy();
  }
  function onClose(this: Socket): void {
    held.delete(this);
    partial.delete(this);
  }

  server.on('connection', (socket: Socket) => {
    if (closing || answerer === null) return void handOver(socket, null);
    held.add(socket);
    socket.setTimeout(server.keepAliveTimeout);
    socket.on('data', onData);
    socket.on('timeout', onTimeout);
    socket.on('end', onEnd);
    socket.on('error', onError);
    socket.on('close', onClose);
  });

  return {
    front: { counts },
    start(fastify, checkAnswerer) {
      app = fastify;
      answerer = checkAnswerer;
      // Closing: new connections and requests go to Node (which refuses them while Fastify closes),
      // and the connections held here close once what was written to them is sent.
      fastify.addHook('preClose', (done) => {
        closing = true;
        for (const socket of held) {
          if (socket.writableLength === 0) socket.destroy();
          else socket.end(() => socket.destroy());
        }
        held.clear();
        done();
      });
    },
  };
}
