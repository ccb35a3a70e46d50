import type { Dataset } from '$lib/core/io/dataset.ts';
import type { ImportSummary } from '$lib/core/io/import-summary.ts';
import {
	DATASET_ID,
	dataUrl,
	makeRecord,
	newDatasetId,
	type DatasetMeta,
	type StoredFile
} from './dataset-record.ts';
import type { ImportMessageKey } from '$lib/core/i18n/import-messages.ts';
import type { ImportProgress } from '$lib/core/io/import-data.ts';
import { importInWorker, type Importer } from './import-runner.ts';
import { isCancelled } from './cancel.ts';
import { prepareDataset } from './prepare.ts';

/** The dataset on screen: the bundled one (id null) or one kept in this browser. */
export interface OpenDataset {
	id: string | null;
	name: string;
	dataset: Dataset;
}

/** Files read and checked, waiting for the person to accept them or not. */
export interface PendingImport {
	summary: ImportSummary;
	dataset: Dataset | null;
	files: StoredFile[];
	/** Set when the files are a kept dataset opened again (accepting shows it, storing nothing). */
	keptId?: string;
}

/** A word for the person, translated where it is shown. */
export interface DatasetMessage {
	key: ImportMessageKey;
	vars?: Record<string, string | number>;
	error?: boolean;
}

/** How the session changes the address: the page gives it SvelteKit's shallow routing. */
export interface AddressPort {
	/**
	 * Names the dataset in the address: a dataset a person chose starts a fresh view (in the same
	 * language); one named by a link or by Back keeps the view the address gives (`keepView`).
	 */
	show(ds: string | null, how: 'push' | 'replace', keepView?: boolean): void;
}

/** The storage, as the session needs it (IndexedDB in the browser, a map in tests). */
export interface DatasetStorage {
	save(record: ReturnType<typeof makeRecord>): Promise<void>;
	get(id: string): Promise<ReturnType<typeof makeRecord> | null>;
	list(): Promise<DatasetMeta[]>;
	remove(id: string): Promise<void>;
}

/**
 * Which dataset is open, and the way to another: files read and summarised before anything is
 * replaced, accepted (kept in the browser and shown) or cancelled (nothing changes); kept
 * datasets listed, reopened (checked again), exported and deleted.
 */
export class DatasetSession {
	#current = $state.raw<OpenDataset>();
	#pending = $state.raw<PendingImport | null>(null);
	#busy = $state(false);
	#progress = $state.raw<ImportProgress | null>(null);
	#opening: AbortController | null = null;
	#message = $state.raw<DatasetMessage | null>(null);
	#kept = $state.raw<DatasetMeta[]>([]);
	#listOpen = $state(false);
	readonly #bundled: OpenDataset;

	constructor(
		bundled: Dataset,
		private readonly storage: DatasetStorage,
		private readonly address: AddressPort,
		private readonly clock: { random(): Uint8Array; now(): string },
		/** Reads and checks files: in a Web Worker in the browser (the parsers load only then). */
		private readonly importer: Importer = importInWorker
	) {
		this.#bundled = { id: null, name: '', dataset: bundled };
		this.#current = this.#bundled;
	}

	get current(): OpenDataset {
		return this.#current!;
	}
	get pending() {
		return this.#pending;
	}
	get busy() {
		return this.#busy;
	}
	/** How far reading the files has got, while busy. */
	get progress() {
		return this.#progress;
	}

	/** Stops reading the files: nothing is replaced, and what was on screen stays. */
	cancelOpening() {
		this.#opening?.abort();
	}
	get message() {
		return this.#message;
	}
	get kept() {
		return this.#kept;
	}

	/** Whether the list of datasets is open; kept here, as the explorer is rebuilt under it. */
	get listOpen() {
		return this.#listOpen;
	}
	set listOpen(open: boolean) {
		this.#listOpen = open;
	}

	dismissMessage() {
		this.#message = null;
	}

	/** Reads files a person chose or dropped, and shows what they hold; nothing is replaced yet. */
	async openFiles(files: readonly File[]) {
		const checked = await this.#check(async () =>
			Promise.all(
				files.map(async (f) => ({ path: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
			)
		);
		if (checked !== undefined) this.#pending = checked;
	}

	/** Fetches a file named by a link (`?data=URL`): same origin, or https that allows it (CORS). */
	async openUrl(url: string, base: string) {
		const target = dataUrl(url, base);
		if (!target.ok) {
			this.#message = { key: target.why, vars: { url }, error: true };
			return;
		}
		const checked = await this.#check(async () => {
			const response = await fetch(target.href, { credentials: 'omit', mode: 'cors' });
			if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
			return [{ path: target.name, bytes: new Uint8Array(await response.arrayBuffer()) }];
		}, target.href);
		if (checked !== undefined) this.#pending = checked;
	}

	/**
	 * Reads and checks files; null (with a message) when they could not even be read, or when the
	 * person cancelled; undefined when another opening took its place (it has its own outcome).
	 */
	async #check(
		read: () => Promise<StoredFile[]>,
		url?: string,
		keptId?: string
	): Promise<PendingImport | null | undefined> {
		this.#opening?.abort();
		const opening = new AbortController();
		this.#opening = opening;
		this.#busy = true;
		this.#progress = null;
		this.#message = null;
		try {
			const files = await read();
			if (opening.signal.aborted) return this.#cancelled(opening);
			const { summary, dataset } = await this.importer(
				files,
				(p) => {
					if (this.#opening === opening) this.#progress = p;
				},
				opening.signal
			);
			if (this.#opening !== opening) return undefined;
			return { summary, dataset, files, keptId };
		} catch (e) {
			if (isCancelled(e)) return this.#cancelled(opening);
			if (this.#opening !== opening) return undefined;
			const reason = (e as Error).message || String(e);
			this.#message = url
				? { key: 'urlFailed', vars: { url, reason }, error: true }
				: { key: 'readFailed', vars: { reason }, error: true };
			return null;
		} finally {
			if (this.#opening === opening) {
				this.#opening = null;
				this.#busy = false;
				this.#progress = null;
			}
		}
	}

	#cancelled(opening: AbortController): null | undefined {
		if (this.#opening !== opening) return undefined;
		this.#message = { key: 'openCancelled' };
		return null;
	}

	/** Keeps the pending dataset in the browser and shows it; the old one is let go only now. */
	async accept() {
		const pending = this.#pending;
		if (!pending?.dataset) return;
		this.#pending = null;
		let id = pending.keptId ?? null;
		let name = '';
		if (!id) {
			const record = makeRecord(newDatasetId(this.clock.random()), pending.files, this.clock.now());
			name = record.name;
			try {
				await this.storage.save(record);
				id = record.id;
			} catch (e) {
				// Shown all the same; only a reload will not find it.
				this.#message = { key: 'notKept', vars: { reason: (e as Error).message }, error: true };
			}
		}
		name ||= this.#kept.find((k) => k.id === id)?.name ?? '';
		await this.#show({ id, name, dataset: pending.dataset }, 'push');
		await this.refresh();
	}

	/** Forgets the pending files: the dataset on screen stays as it was. */
	cancel() {
		this.#pending = null;
	}

	/** Lists the kept datasets again (after a change, or when the list is opened). */
	async refresh() {
		try {
			this.#kept = await this.storage.list();
		} catch (e) {
			this.#message = { key: 'storageFailed', vars: { reason: (e as Error).message }, error: true };
		}
	}

	/**
	 * Shows the bundled data (null) or a kept dataset, checked again by today's rules: if it no
	 * longer passes, its problems are shown as for a new file and the screen keeps what it has.
	 */
	async switchTo(id: string | null, how: 'push' | 'replace' | 'none' = 'push') {
		if (id === this.#current!.id) return;
		if (id === null) return this.#show(this.#bundled, how);
		const record = DATASET_ID.test(id) ? await this.storage.get(id).catch(() => null) : null;
		if (!record) {
			this.#message = { key: 'notFound', vars: { id }, error: true };
			return this.#stay(how);
		}
		const checked = await this.#check(async () => record.files, undefined, record.id);
		if (checked === undefined) return;
		if (checked?.dataset)
			return this.#show({ id, name: record.name, dataset: checked.dataset }, how);
		// It no longer passes: its problems are listed as for a file just opened.
		if (checked) this.#pending = checked;
		this.#stay(how);
	}

	async #show(open: OpenDataset, how: 'push' | 'replace' | 'none') {
		// What the explorer works out from the dataset is worked out first, in tasks of its own.
		await prepareDataset(open.dataset);
		// A person's choice starts afresh; a link brings its view along.
		if (how !== 'none') this.address.show(open.id, how, how === 'replace');
		this.#current = open;
	}

	/**
	 * A link or Back named a dataset that cannot be shown: the address names what is on screen
	 * again, and the explorer is built afresh to read it (it waited while the address named
	 * another dataset).
	 */
	#stay(how: 'push' | 'replace' | 'none') {
		if (how === 'push') return;
		this.address.show(this.#current!.id, 'replace', true);
		this.#current = { ...this.#current! };
	}

	/** Deletes a kept dataset; if it is on screen, the bundled data takes its place. */
	async remove(id: string) {
		try {
			await this.storage.remove(id);
		} catch (e) {
			this.#message = { key: 'storageFailed', vars: { reason: (e as Error).message }, error: true };
			return;
		}
		if (this.#current!.id === id) {
			// A fresh view of the bundled data: the deleted dataset's ids mean nothing there.
			this.address.show(null, 'replace');
			this.#current = this.#bundled;
		}
		await this.refresh();
	}

	/** A kept dataset as Tieline JSON, to save as a file (or null, with a message, if it fails). */
	async exportJson(id: string): Promise<{ file: string; text: string } | null> {
		let dataset = this.#current!.id === id ? this.#current!.dataset : null;
		const record = await this.storage.get(id).catch(() => null);
		if (!dataset && record)
			dataset = (await this.importer(record.files, () => {}, new AbortController().signal)).dataset;
		if (!dataset) {
			this.#message = { key: 'notFound', vars: { id }, error: true };
			return null;
		}
		const [{ TemporalGraph }, { selectScope }, { writeTielineJson }] = await Promise.all([
			import('$lib/core/model/temporal-graph.ts'),
			import('$lib/core/export/scope.ts'),
			import('$lib/core/export/tieline-json.ts')
		]);
		const first = record?.files[0]?.path.split('/').pop() ?? id;
		const base = first.replace(/\.[a-z]+$/i, '').replace(/[^\w.-]+/g, '-');
		return {
			file: `${base || id}.tieline.json`,
			text: writeTielineJson(selectScope(new TemporalGraph(dataset)))
		};
	}
}
