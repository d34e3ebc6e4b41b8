/**
 * A static server for tests/fixtures/ on 127.0.0.1, shared by the E2E tests (random free port) and
 * `npm start` (5173, or the next free port). Loopback only: the pages are for this machine's browser.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The folder served. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'tests', 'fixtures');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server and the base URL its pages live under (ends with "/"). */
export interface FixtureServer {
  baseUrl: string;
  close(): Promise<void>;
}

function handler(root: string) {
  return (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    // Refuse anything that resolves outside the fixtures folder ("/../package.json").
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * Serves `root` on 127.0.0.1. `port: 0` takes any free port; a fixed port that is busy moves on to the
 * next one, up to `tries` ports.
 */
export async function serveFixtures(
  options: { port?: number; tries?: number; root?: string } = {},
): Promise<FixtureServer> {
  const root = options.root ?? FIXTURES_DIR;
  const server = createServer(handler(root));
  const first = options.port ?? 0;
  const tries = first === 0 ? 1 : (options.tries ?? 20);
  for (let attempt = 0; attempt < tries; attempt++) {
    try {
      const port = await listen(server, first === 0 ? 0 : first + attempt);
      return {
        baseUrl: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt === tries - 1) throw error;
    }
  }
  throw new Error('unreachable');
}
