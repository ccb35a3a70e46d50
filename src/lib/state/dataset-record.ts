/**
 * How an opened dataset is kept in the browser, and how the address names it. Pure: the
 * IndexedDB code (dataset-store.ts) and the page use these, and tests run them in Node.
 */

/** One file as the person opened it: its name and its bytes, untouched. */
export interface StoredFile {
	path: string;
	bytes: Uint8Array;
}

/**
 * A kept dataset: the raw files (validated again each time it is opened, so a newer Tieline
 * reads them by its own rules), a name to list it by, and when it was added.
 */
export interface DatasetRecord {
	version: 1;
	id: string;
	name: string;
	/** When it was added, as an ISO 8601 instant. */
	added: string;
	files: StoredFile[];
}

/** What the list of kept datasets shows, without the bytes. */
export interface DatasetMeta {
	id: string;
	name: string;
	added: string;
	files: string[];
	bytes: number;
}

/** Ids are short, lower-case and safe in a link: `ds=k3v9x2m4q7`. */
export const DATASET_ID = /^[0-9a-z]{6,32}$/;

/** A new id from random bytes (the browser's crypto in the app, fixed bytes in tests). */
export function newDatasetId(random: Uint8Array): string {
	const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
	const id = Array.from(random.slice(0, 10), (b) => alphabet[b % alphabet.length]).join('');
	if (!DATASET_ID.test(id)) throw new RangeError('state/dataset-record: need 6 to 10 random bytes');
	return id;
}

/** The name a dataset is listed by: its file, or its first file and how many more. */
export function datasetName(paths: readonly string[]): string {
	const names = paths.map((p) => p.split('/').pop() || p);
	if (names.length <= 2) return names.join(' + ');
	return `${names[0]} + ${names.length - 1}`;
}

/** A record for storage; `added` is an ISO 8601 instant. */
export function makeRecord(id: string, files: readonly StoredFile[], added: string): DatasetRecord {
	return {
		version: 1,
		id,
		name: datasetName(files.map((f) => f.path)),
		added,
		files: files.map((f) => ({ path: f.path, bytes: f.bytes }))
	};
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A record read back from storage, or why it cannot be used: storage outlives versions of the
 * app and can be edited by hand in the browser's tools, so nothing read back is trusted.
 */
export function readRecord(
	value: unknown
): { ok: true; record: DatasetRecord } | { ok: false; why: string } {
	if (!isObject(value)) return { ok: false, why: 'not a record' };
	if (value.version !== 1)
		return { ok: false, why: `version ${String(value.version)} is not known` };
	const { id, name, added, files } = value;
	if (typeof id !== 'string' || !DATASET_ID.test(id)) return { ok: false, why: 'no valid id' };
	if (typeof name !== 'string' || name === '') return { ok: false, why: 'no name' };
	if (typeof added !== 'string' || Number.isNaN(Date.parse(added)))
		return { ok: false, why: 'no date added' };
	if (!Array.isArray(files) || files.length === 0) return { ok: false, why: 'no files' };
	const kept: StoredFile[] = [];
	for (const [i, f] of files.entries()) {
		if (!isObject(f) || typeof f.path !== 'string' || !(f.bytes instanceof Uint8Array))
			return { ok: false, why: `file ${i + 1} is not a name with bytes` };
		kept.push({ path: f.path, bytes: f.bytes });
	}
	return { ok: true, record: { version: 1, id, name, added, files: kept } };
}

export function metaOf(record: DatasetRecord): DatasetMeta {
	return {
		id: record.id,
		name: record.name,
		added: record.added,
		files: record.files.map((f) => f.path),
		bytes: record.files.reduce((n, f) => n + f.bytes.byteLength, 0)
	};
}

/** Parameters that say which data is open, apart from the view's own. */
const DATA_PARAMS = ['ds', 'data'];

/**
 * Splits an address's search into the dataset (`ds`, an id kept in the browser), a file to
 * fetch (`data`, a URL) and the view's own parameters, kept exactly as written so the URL sync
 * compares them with the view's encoding as it does without a dataset.
 */
export function splitSearch(search: string): {
	ds: string | null;
	data: string | null;
	view: string;
} {
	const pairs = search.replace(/^\?/, '').split('&').filter(Boolean);
	const q = new URLSearchParams(search);
	const view = pairs.filter((p) => !DATA_PARAMS.includes(p.split('=')[0])).join('&');
	return { ds: q.get('ds'), data: q.get('data'), view: `?${view}` };
}

/** A view's search with the dataset named first (no parameter for the bundled data). */
export function joinSearch(view: string, ds: string | null): string {
	const rest = view.replace(/^\?/, '');
	if (!ds) return `?${rest}`;
	return rest ? `?ds=${encodeURIComponent(ds)}&${rest}` : `?ds=${encodeURIComponent(ds)}`;
}

/**
 * Where a `?data=` link may fetch from: the app's own origin, or another site over https (which
 * must allow it by CORS, and which the Content-Security-Policy's connect-src lets through).
 */
export function dataUrl(
	url: string,
	base: string
): { ok: true; href: string; name: string } | { ok: false; why: 'urlBad' | 'urlNotHttps' } {
	let target: URL;
	try {
		target = new URL(url, base);
	} catch {
		return { ok: false, why: 'urlBad' };
	}
	const sameOrigin = target.origin === new URL(base).origin;
	if (!sameOrigin && target.protocol !== 'https:') return { ok: false, why: 'urlNotHttps' };
	if (target.protocol !== 'https:' && target.protocol !== 'http:')
		return { ok: false, why: 'urlBad' };
	let name = target.pathname.split('/').pop() || 'data';
	try {
		name = decodeURIComponent(name);
	} catch {
		// A name that is not valid percent-encoding is shown as written.
	}
	return { ok: true, href: target.href, name };
}
