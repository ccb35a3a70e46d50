/** Told now and then how many of an export's items are written, and of how many. */
export type OnWritten = (done: number, total: number) => void;

/** How often a writer tells how far it has got, in ms. */
export const WRITTEN_EVERY_MS = 100;

/**
 * A counter a writer ticks once per item it writes (an actor, a tie, a line of a picture). It
 * tells `report` at most every `everyMs` and when the last item is written, and costs next to
 * nothing without a `report`: a file of many megabytes can show how far it has got without a
 * message per item. The clock is read once in 64 ticks.
 */
export function writtenCounter(
	total: number,
	report?: OnWritten,
	everyMs = WRITTEN_EVERY_MS,
	now: () => number = () => performance.now()
): () => void {
	if (!report || total <= 0) return () => {};
	let done = 0;
	let last = now();
	return () => {
		if (done >= total) return;
		done++;
		if (done < total && done % 64 !== 0) return;
		const t = now();
		if (done < total && t - last < everyMs) return;
		last = t;
		report(done, total);
	};
}
