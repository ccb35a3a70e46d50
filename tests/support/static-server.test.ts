import { afterAll, describe, expect, it } from 'vitest';
import { get } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'tieline-static-'));
writeFileSync(join(root, 'index.html'), '<p>home</p>');
const served = serveStatic(root);
afterAll(async () => (await served).server.close());

/** The status and body of a request for exactly `path`, as a client sends it. */
async function request(path: string): Promise<[number, string]> {
	const { url } = await served;
	return new Promise((ok, fail) =>
		get(new URL(url), { path }, (res) => {
			let body = '';
			res.on('data', (c) => (body += c));
			res.on('end', () => ok([res.statusCode ?? 0, body]));
		}).on('error', fail)
	);
}

describe('the static file server the tests and benches use', () => {
	it('answers paths the URL parser or the decoder refuse, and keeps serving', async () => {
		expect(await request('/')).toEqual([200, '<p>home</p>']);
		expect(await request('//')).toEqual([200, '<p>home</p>']);
		expect((await request('/%'))[0]).toBe(400);
		expect((await request('/missing.js'))[0]).toBe(404);
		expect(await request('/index.html')).toEqual([200, '<p>home</p>']);
	});
});
