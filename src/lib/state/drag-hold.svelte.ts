import { untrack } from 'svelte';
import type { AppState } from './app-state.svelte.ts';

/**
 * A value that follows `read` except while the time bar is dragged (AppState.dragging): then it
 * keeps what it last read, and catches up when the drag rests or ends. For lists beside the
 * picture whose rows would churn on every move. Call it while a component starts (it makes an
 * effect); each value held this way is read again only when what it reads changes.
 */
export function heldWhileDragging<T>(app: AppState, read: () => T): { readonly value: T } {
	let held = $state.raw(untrack(read));
	$effect.pre(() => {
		if (!app.dragging) held = read();
	});
	return {
		get value() {
			return held;
		}
	};
}
