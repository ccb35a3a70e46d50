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

/**
 * Keeps the address bar equal to the view: a deliberate change pushes a history entry at once;
 * scrubbing, playback and camera moves replace the current entry, a little later, so a drag
 * leaves one entry; Back and Forward show the view of the entry they land on.
 */
export function syncUrl(app: AppState, port: HistoryPort, delay = 120): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
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
			if (app.takePush()) port.push(search);
			else
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
