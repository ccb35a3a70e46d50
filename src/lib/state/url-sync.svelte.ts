import { nextTask } from '$lib/core/slices.ts';
import type { AppState } from './app-state.svelte.ts';

/** The browser's address bar and history, as the URL sync needs them (a fake one in tests). */
export interface HistoryPort {
	/** The search string in the address bar now. */
	current(): string;
	push(search: string): void;
	replace(search: string): void;
	/** Calls back when Back or Forward changed the address; returns how to stop. */
	onPop(callback: () => void): () => void;
}

const BURST_MS = 400;
const TIME_PARAMS = ['at', 'from', 'to', 'compare', 'win'];

/** Whether two search strings differ in nothing but the given parameters. */
function sameBut(a: string, b: string, params: readonly string[]): boolean {
	const strip = (s: string) =>
		s
			.replace(/^\?/, '')
			.split('&')
			.filter((pair) => !params.includes(pair.split('=')[0]))
			.join('&');
	return strip(a) === strip(b);
}

/**
 * Keeps the address bar equal to the view: a deliberate change pushes a history entry at once
 * (a quick burst of date clicks makes one); scrubbing, playback and camera moves replace the
 * current entry, a little later, so a drag leaves one entry; Back and Forward show the view of
 * the entry they land on.
 */
export function syncUrl(
	app: AppState,
	port: HistoryPort,
	delay = 120,
	now: () => number = () => Date.now()
): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastPush = -Infinity;
	const stopPop = port.onPop(() => {
		clearTimeout(timer);
		app.applySearch(port.current());
	});
	const stopEffects = $effect.root(() => {
		$effect(() => {
			const search = app.search;
			clearTimeout(timer);
			if (search === port.current()) {
				app.takePush();
				return;
			}
			if (app.takePush()) {
				// A burst of date clicks (faster than BURST_MS apart, nothing else changed) is one
				// entry, like a drag: Back goes to before the burst, not through every click.
				const t = now();
				const burst = t - lastPush < BURST_MS && sameBut(search, port.current(), TIME_PARAMS);
				lastPush = t;
				if (!burst) return port.push(search);
			}
			// Written once the view settles: the address bar costs a little each time.
			timer = setTimeout(() => {
				if (app.search !== port.current()) port.replace(app.search);
			}, delay);
		});
	});
	return () => {
		clearTimeout(timer);
		stopEffects();
		stopPop();
	};
}

/**
 * The page's view from its address, then `syncUrl`. The page starts (hydrates) with the view it
 * was prerendered with; the address's own view (a link to another date or filter) is applied in a
 * task after that (`later`), so the start does not work the view out twice in one task (at 50,000
 * ties, about 40 ms of it). A view the person changed before then stands: the address follows it.
 */
export function followAddress(
	app: AppState,
	port: HistoryPort,
	later: () => Promise<void> = nextTask
): () => void {
	const started = app.search;
	let stop: (() => void) | null = null;
	let gone = false;
	void later().then(() => {
		if (gone) return;
		if (app.search === started) app.applySearch(port.current());
		stop = syncUrl(app, port);
	});
	return () => {
		gone = true;
		stop?.();
	};
}
