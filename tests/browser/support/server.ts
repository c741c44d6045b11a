import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { ROOT } from './paths';

const FIXTURES = join(ROOT, 'tests/browser/fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Extra response headers per fixture: the strict-CSP page gets a real CSP header. */
const HEADERS: Record<string, Record<string, string>> = {
  '/strict-csp.html': {
    'Content-Security-Policy':
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'none'",
  },
};

/** `/redirect-to-localhost/pdf/x.pdf` answers with a redirect to localhost's `/cors/pdf/x.pdf`. */
export const REDIRECT = '/redirect-to-localhost/';
const CORS = '/cors/';

export interface FixtureServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves tests/browser/fixtures on 127.0.0.1 (loopback only), on a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    let path = normalize(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    // A site that sends the PDF on to another one (localhost: another origin, never allowed),
    // which would let any origin read it with cookies: what a hostile redirect looks like.
    if (path.startsWith(REDIRECT)) {
      const { port } = server.address() as AddressInfo;
      const rest = path.slice(REDIRECT.length);
      response.writeHead(302, { Location: `http://localhost:${port}${CORS}${rest}` }).end();
      return;
    }
    const cors: Record<string, string> = {};
    if (path.startsWith(CORS)) {
      path = `/${path.slice(CORS.length)}`;
      cors['Access-Control-Allow-Origin'] = request.headers.origin ?? '*';
      cors['Access-Control-Allow-Credentials'] = 'true';
    }
    const file = join(FIXTURES, path);
    if (!file.startsWith(FIXTURES)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...HEADERS[path],
          ...cors,
        });
        response.end(body);
      })
      .catch(() => response.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
