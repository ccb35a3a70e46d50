import { describe, expect, it, vi } from 'vitest';
import { metaOf, type DatasetRecord } from '../../src/lib/state/dataset-record.ts';
import { DatasetSession, type DatasetStorage } from '../../src/lib/state/datasets.svelte.ts';
import { importHere, type Importer } from '../../src/lib/state/import-runner.ts';
import { smallFiles } from '../support/import-files.ts';

const { graph, json, gexf, sources } = smallFiles();
const file = (name: string, text: string) => new File([text], name);

function session(importer?: Importer) {
	const kept = new Map<string, DatasetRecord>();
	const addresses: [string | null, string, boolean][] = [];
	let n = 0;
	const storage: DatasetStorage = {
		save: async (r) => void kept.set(r.id, structuredClone(r)),
		get: async (id) => kept.get(id) ?? null,
		list: async () => [...kept.values()].map(metaOf),
		remove: async (id) => void kept.delete(id)
	};
	const s = new DatasetSession(
		graph.data,
		storage,
		{ show: (ds, how, keepView) => addresses.push([ds, how, !!keepView]) },
		{ random: () => new Uint8Array(10).fill(++n), now: () => '2026-12-02T10:00:00.000Z' },
		importer
	);
	return { s, kept, addresses };
}

describe('opening data', () => {
	it('summarises files before anything changes; accepting keeps and shows them', async () => {
		const { s, kept, addresses } = session();
		const bundled = s.current;
		await s.openFiles([file('small.gexf', gexf), file('sources.json', sources)]);
		expect(s.current).toBe(bundled);
		expect(s.pending?.summary.counts).toEqual({ actors: 6, ties: 5, events: 0, sources: 3 });
		await s.accept();
		expect(s.pending).toBeNull();
		expect(s.current.id).toMatch(/^[0-9a-z]{10}$/);
		expect(s.current.name).toBe('small.gexf + sources.json');
		expect(s.current.dataset.ties).toHaveLength(5);
		expect(addresses).toEqual([[s.current.id, 'push', false]]);
		expect([...kept.values()].map((r) => r.files.map((f) => f.path))).toEqual([
			['small.gexf', 'sources.json']
		]);
		expect(s.kept.map((k) => k.id)).toEqual([s.current.id]);
	});

	it('cancelling keeps everything as it was', async () => {
		const { s, kept, addresses } = session();
		const bundled = s.current;
		await s.openFiles([file('small.json', json)]);
		expect(s.pending?.dataset).not.toBeNull();
		s.cancel();
		expect(s.pending).toBeNull();
		expect(s.current).toBe(bundled);
		expect(kept.size).toBe(0);
		expect(addresses).toEqual([]);
	});

	it('bad input: the problems are listed, nothing can be accepted, nothing is half-loaded', async () => {
		const { s, kept } = session();
		const bundled = s.current;
		await s.openFiles([file('bad.json', json.replace('"signed": "', '"signed": "1961-13-'))]);
		expect(s.pending?.dataset).toBeNull();
		expect(s.pending?.summary.issues[0]).toMatchObject({
			file: 'bad.json',
			line: expect.any(Number)
		});
		await s.accept();
		expect(s.current).toBe(bundled);
		expect(kept.size).toBe(0);
	});

	it('switches between kept data and the bundled data, and deletes', async () => {
		const { s, addresses } = session();
		const bundled = s.current;
		await s.openFiles([file('small.json', json)]);
		await s.accept();
		const id = s.current.id!;
		await s.switchTo(null);
		expect(s.current).toBe(bundled);
		await s.switchTo(id, 'replace');
		expect(s.current.id).toBe(id);
		expect(s.current.dataset.actors).toHaveLength(6);
		const exported = await s.exportJson(id);
		expect(exported?.file).toBe('small.tieline.json');
		expect(JSON.parse(exported!.text).ties).toHaveLength(5);
		await s.remove(id);
		expect(s.current).toBe(bundled);
		expect(s.kept).toEqual([]);
		expect(addresses).toEqual([
			[id, 'push', false],
			[null, 'push', false],
			// Opened by a link: the link's view comes along.
			[id, 'replace', true],
			[null, 'replace', false]
		]);
	});

	it('a link to a dataset this browser does not keep says so and names what is shown', async () => {
		const { s, addresses } = session();
		const bundled = s.current;
		await s.switchTo('zzzzzzzz', 'replace');
		expect(s.current.id).toBeNull();
		// Built afresh, so the explorer that waited for the other dataset reads the address again.
		expect(s.current).not.toBe(bundled);
		expect(s.current.dataset).toBe(bundled.dataset);
		expect(s.message).toMatchObject({ key: 'notFound', vars: { id: 'zzzzzzzz' } });
		expect(addresses).toEqual([[null, 'replace', true]]);
	});
});

/** An importer that reports the first file, then waits until `go` is called (or it is cancelled). */
function heldImporter() {
	let go = () => {};
	const gate = new Promise<void>((ok) => (go = ok));
	const importer: Importer = async (files, onProgress, signal) => {
		onProgress({ step: 'read', file: files[0].path, index: 0, of: files.length });
		await Promise.race([
			gate,
			new Promise((_, no) =>
				signal.addEventListener('abort', () => no(new DOMException('x', 'AbortError')))
			)
		]);
		return importHere(files, onProgress, signal);
	};
	return { importer, go: () => go() };
}

describe('opening large files', () => {
	it('shows how far reading has got while busy, and nothing once done', async () => {
		const held = heldImporter();
		const { s } = session(held.importer);
		const opening = s.openFiles([file('small.json', json)]);
		await vi.waitFor(() => expect(s.progress).not.toBeNull());
		expect(s.busy).toBe(true);
		expect(s.progress).toEqual({ step: 'read', file: 'small.json', index: 0, of: 1 });
		held.go();
		await opening;
		expect(s.busy).toBe(false);
		expect(s.progress).toBeNull();
		expect(s.pending?.dataset?.ties).toHaveLength(5);
	});

	it('cancelling while reading changes nothing and says so', async () => {
		const held = heldImporter();
		const { s, kept, addresses } = session(held.importer);
		const bundled = s.current;
		const opening = s.openFiles([file('small.json', json)]);
		await vi.waitFor(() => expect(s.progress).not.toBeNull());
		s.cancelOpening();
		await opening;
		expect(s.busy).toBe(false);
		expect(s.pending).toBeNull();
		expect(s.current).toBe(bundled);
		expect(s.message).toEqual({ key: 'openCancelled' });
		expect(kept.size).toBe(0);
		expect(addresses).toEqual([]);
	});

	it('a second opening takes the place of one still reading: only its outcome shows', async () => {
		const first = heldImporter();
		let use = first.importer;
		const { s } = session((...a) => use(...a));
		const a = s.openFiles([file('small.json', json)]);
		await vi.waitFor(() => expect(s.progress).not.toBeNull());
		use = importHere;
		const b = s.openFiles([file('other.gexf', gexf), file('sources.json', sources)]);
		await Promise.all([a, b]);
		expect(s.message).toBeNull();
		expect(s.busy).toBe(false);
		expect(s.pending?.files.map((f) => f.path)).toEqual(['other.gexf', 'sources.json']);
	});

	it('reading on the page (no workers) stops at a cancel given before it starts', async () => {
		const stop = new AbortController();
		stop.abort();
		const run = importHere(
			[{ path: 'small.json', bytes: new TextEncoder().encode(json) }],
			() => {},
			stop.signal
		);
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
	});
});
