import { isDirectedTie, isKnownKind, TIE_KINDS, type Text } from '../schema/index.ts';
import { dayToIso, firstDay, lastDay, partialDate } from '../time/partial-date.ts';
import { foreignColours, kindStyle } from '../visual/kind-style.ts';
import type { KindStyle } from '../visual/encoding.ts';
import type { Dataset } from './dataset.ts';
import type { Profile } from './profile.ts';
import { runAll } from '../slices.ts';

/** One kind of tie in use, as the legend, the filter, the renderer and the exports show it. */
export interface KindEntry {
	/** The kind as written: one of TIE_KINDS, or a foreign kind's own name. */
	kind: string;
	known: boolean;
	/** Line colour: the known kind's, or a foreign kind's from the fixed palette. */
	colour: string;
	/** A name safe in class names and selectors: the known kind itself, `x0`, `x1`… otherwise. */
	token: string;
	/** Every tie of the kind is drawn from parties[0] to parties[1]. */
	directed: boolean;
	ties: number;
}

/**
 * What a dataset is, computed from its data: everything the app used to assume of the bundled
 * data (the kinds, the subtitle, the actors the tools start from) read from here instead.
 */
export interface DatasetManifest {
	profile: Profile;
	/** The dataset's own name, where its files give one. */
	title?: Text;
	/** The kinds in use: known kinds in their usual order, then foreign kinds by name. */
	kinds: KindEntry[];
	/** First and last day the ties and events speak of; none where nothing is dated. */
	span?: { from: string; to: string };
	/**
	 * Actors the tools start from: the neighbourhood's focus and a path's two ends. Empty texts
	 * where the data has no actors.
	 */
	defaultActors: { focus: string; from: string; to: string };
	counts: {
		actors: number;
		ties: number;
		events: number;
		sources: number;
		/** Actors, ties and events that cite no source (relaxed data only). */
		unsourced: number;
	};
}

/** The bundled data's tools start from the DPRK, and a path from Japan to Russia, as always. */
const BUNDLED_DEFAULTS = { focus: 'PRK', from: 'JPN', to: 'RUS' };

/** How many ties or events the manifest's steps read between two pauses. */
const PER_STEP = 2048;

/** First and last day of the dates of ties and events, or none. */
export const dataSpan = (data: Dataset): { start: number; end: number } | undefined =>
	runAll(spanSteps(data));

/** `dataSpan` as steps, pausing (`yield`) every `PER_STEP` ties or events. */
function* spanSteps(data: Dataset): Generator<void, { start: number; end: number } | undefined> {
	let lo = Infinity;
	let hi = -Infinity;
	const see = (iso: string | undefined) => {
		if (!iso) return;
		const d = partialDate(iso);
		lo = Math.min(lo, firstDay(d));
		hi = Math.max(hi, lastDay(d));
	};
	let read = 0;
	for (const t of data.ties) {
		if (++read % PER_STEP === 0) yield;
		[t.signed, t.inForce, t.ended?.date, t.from, t.to, t.asOf, ...(t.renewed ?? [])].forEach(see);
		t.suspended?.forEach((s) => [s.from, s.to].forEach(see));
	}
	for (const e of data.events) {
		if (++read % PER_STEP === 0) yield;
		see(e.date);
	}
	return lo <= hi ? { start: lo, end: hi } : undefined;
}

function* kindsInUse(data: Dataset): Generator<void, KindEntry[]> {
	const ties = new Map<string, { n: number; directed: boolean }>();
	let read = 0;
	for (const t of data.ties) {
		if (++read % PER_STEP === 0) yield;
		let k = ties.get(t.kind);
		if (!k) ties.set(t.kind, (k = { n: 0, directed: true }));
		k.n++;
		k.directed &&= isDirectedTie(t);
	}
	const foreign = [...ties.keys()].filter((k) => !isKnownKind(k)).sort();
	const colours = foreignColours(foreign);
	const known = TIE_KINDS.filter((k) => ties.has(k));
	return [
		...known.map((kind) => ({
			kind,
			known: true,
			colour: kindStyle(kind).color,
			token: kind,
			directed: ties.get(kind)!.directed,
			ties: ties.get(kind)!.n
		})),
		...foreign.map((kind, i) => ({
			kind,
			known: false,
			colour: colours.get(kind)!,
			token: `x${i}`,
			directed: ties.get(kind)!.directed,
			ties: ties.get(kind)!.n
		}))
	];
}

/**
 * The bundled defaults where the data has those actors; otherwise the actor with most ties as
 * the focus, and a path from the second to it (ties counted per party; file order breaks ties).
 */
function* defaultActors(data: Dataset): Generator<void, DatasetManifest['defaultActors']> {
	const ids = new Set(data.actors.map((a) => a.id));
	if (Object.values(BUNDLED_DEFAULTS).every((id) => ids.has(id))) return { ...BUNDLED_DEFAULTS };
	const degree = new Map<string, number>();
	let read = 0;
	for (const t of data.ties) {
		if (++read % PER_STEP === 0) yield;
		for (const p of t.parties) degree.set(p, (degree.get(p) ?? 0) + 1);
	}
	yield;
	const [first = '', second = first] = data.actors
		.map((a, i) => ({ id: a.id, n: degree.get(a.id) ?? 0, i }))
		.sort((a, b) => b.n - a.n || a.i - b.i)
		.slice(0, 2)
		.map((a) => a.id);
	return { focus: first, from: second, to: first };
}

const cache = new WeakMap<Dataset, DatasetManifest>();

/** The manifest of a dataset, computed once per dataset object. */
export const datasetManifest = (data: Dataset): DatasetManifest => runAll(manifestSteps(data));

/** `datasetManifest` as steps, pausing (`yield`) every `PER_STEP` ties or events. */
export function* manifestSteps(data: Dataset): Generator<void, DatasetManifest, void> {
	const known = cache.get(data);
	if (known) return known;
	const span = yield* spanSteps(data);
	const kinds = yield* kindsInUse(data);
	const defaults = yield* defaultActors(data);
	const none = (items: readonly { sources: readonly unknown[] }[]) =>
		items.filter((i) => i.sources.length === 0).length;
	const manifest: DatasetManifest = {
		profile: data.profile ?? 'strict',
		...(data.title ? { title: data.title } : {}),
		kinds,
		...(span ? { span: { from: dayToIso(span.start), to: dayToIso(span.end) } } : {}),
		defaultActors: defaults,
		counts: {
			actors: data.actors.length,
			ties: data.ties.length,
			events: data.events.length,
			sources: data.sources.length,
			unsourced: none(data.actors) + none(data.ties) + none(data.events)
		}
	};
	cache.set(data, manifest);
	return manifest;
}

/** How a kind is drawn in this dataset (a kind not in use is drawn as a new foreign kind). */
export function kindStyleIn(manifest: DatasetManifest, kind: string): KindStyle {
	const entry = manifest.kinds.find((k) => k.kind === kind);
	return kindStyle(kind, entry && { colour: entry.colour, directed: entry.directed });
}

/** The class-safe token of a kind in this dataset. */
export function kindToken(manifest: DatasetManifest, kind: string): string {
	return manifest.kinds.find((k) => k.kind === kind)?.token ?? (isKnownKind(kind) ? kind : 'x');
}

/** A kind's place in a list: Tieline's kinds in their order, then a dataset's own by name. */
export function kindRank(kind: string): string {
	const i = (TIE_KINDS as readonly string[]).indexOf(kind);
	return i >= 0 ? String(i).padStart(2, '0') : `99${kind}`;
}
