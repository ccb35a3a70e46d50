import { metaOf, readRecord, type DatasetMeta, type DatasetRecord } from './dataset-record.ts';

/** The datasets a person opened, kept in this browser's IndexedDB (one store, keyed by id). */
const DB = 'tieline';
const STORE = 'datasets';

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((ok, fail) => {
		r.onsuccess = () => ok(r.result);
		r.onerror = () => fail(r.error ?? new Error('IndexedDB request failed'));
	});
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined')
		return Promise.reject(new Error('this browser keeps no data (no IndexedDB)'));
	opening ??= new Promise<IDBDatabase>((ok, fail) => {
		const r = indexedDB.open(DB, 1);
		r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
		r.onsuccess = () => ok(r.result);
		r.onerror = () => fail(r.error ?? new Error('IndexedDB could not be opened'));
		// Another tab holds an older version open: say so rather than wait for ever.
		r.onblocked = () => fail(new Error('another Tieline tab is holding the storage; close it'));
	}).catch((e) => {
		opening = null;
		throw e;
	});
	return opening;
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
	return (await open()).transaction(STORE, mode).objectStore(STORE);
}

export async function saveDataset(record: DatasetRecord): Promise<void> {
	await request((await store('readwrite')).put(record));
}

/** A kept dataset, checked; null when there is none by that id or it cannot be used. */
export async function getDataset(id: string): Promise<DatasetRecord | null> {
	const value = await request((await store('readonly')).get(id));
	if (value === undefined) return null;
	const read = readRecord(value);
	return read.ok ? read.record : null;
}

/** Every kept dataset that can be used, newest first. */
export async function listDatasets(): Promise<DatasetMeta[]> {
	const values = await request((await store('readonly')).getAll());
	return values
		.map(readRecord)
		.flatMap((r) => (r.ok ? [metaOf(r.record)] : []))
		.sort((a, b) => b.added.localeCompare(a.added));
}

export async function deleteDataset(id: string): Promise<void> {
	await request((await store('readwrite')).delete(id));
}
