import type { HistoryPort } from '../../src/lib/state/url-sync.svelte.ts';

/** An address bar and history stack, as Back and Forward see them. */
export function fakeHistory(start = '') {
	const stack = [start];
	let index = 0;
	let pop: (() => void) | null = null;
	const port: HistoryPort = {
		current: () => stack[index],
		push(s) {
			stack.splice(index + 1, Infinity, s);
			index++;
		},
		replace(s) {
			stack[index] = s;
		},
		onPop(cb) {
			pop = cb;
			return () => (pop = null);
		}
	};
	const go = (d: number) => {
		index += d;
		pop?.();
	};
	return { port, stack, go, index: () => index };
}
