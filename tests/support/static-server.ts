import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** Serves a built folder on 127.0.0.1, as any static host would. Module scripts need text/javascript. */
export function serveStatic(root: string): Promise<{ server: Server; url: string }> {
	const base = resolve(root);
	const server = createServer((req, res) => {
		// A path the URL parser or the decoder refuses (`//`, a stray `%`) is a bad request, not
		// an error that ends the server.
		let path: string;
		try {
			path = decodeURIComponent(new URL(`http://x${req.url ?? '/'}`).pathname);
		} catch {
			res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
			return;
		}
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file) && existsSync(file + '.html')) file += '.html';
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) =>
		server.listen(0, '127.0.0.1', () => {
			const addr = server.address();
			ok({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` });
		})
	);
}
