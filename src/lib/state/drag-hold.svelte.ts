import type { AppState } from './app-state.svelte.ts';

/**
 * A value that follows `read` except while the time bar is dragged (AppState.dragging): then it
 * keeps what it last read, and catches up when the drag rests or ends. For lists beside the
 * picture whose rows would churn on every move. Call it while a component starts; each value
 * held this way is read once as the page starts (the table's rows had been read twice, at
 * 50,000 ties 65 ms each time), then again only when what it reads changes.
 */
export function heldWhileDragging<T>(app: AppState, read: () => T): { readonly value: T } {
	let last: { value: T } | null = null;
	// While a drag holds it, what `read` reads is not read, so its changes wait for the drag.
	const held = $derived.by(() => {
		if (app.dragging && last) return last.value;
		last = { value: read() };
		return last.value;
	});
	return {
		get value() {
			return held;
		}
	};
}
