import type { Core } from 'cytoscape';
import { nextTask, Slices, SLICE_MS } from '$lib/core/slices.ts';
import { BETWEEN_LOOKS, DIRECT_FIRST_FRAME } from './first-frame.ts';

/**
 * Two of a Cytoscape collection's own calls, as its frame makes them: the selectors' style, then
 * what is drawn from it (label sizes, the lines' ends and curves). `boundingBox()` does the second
 * too, but then marks each element changed, and the frame did it all again.
 */
interface Internal {
	cleanStyle?: () => void;
	recalculateRenderedStyle?: () => void;
	forEach?: (each: (ele: { interactive?: () => boolean }) => void) => void;
}

/**
 * Two of Cytoscape's canvas renderer's own calls, which its frame makes first, and what the
 * first calls for each element it flushes: the listeners that clear the element's textures.
 */
interface FrameWork {
	flushRenderedStyleQueue?: () => void;
	getCachedZSortedEles?: () => unknown;
	onUpdateEleCalcsFns?: unknown[];
}

/**
 * Cytoscape works out its elements' style and geometry (which selectors match, label sizes, the
 * lines' curves) in the frame after they change, all at once: for a large first picture that was
 * most of the first frame (at 10,000 ties 1.4 s of it, the drawing 0.1 s). Here it is done before,
 * in slices of `SLICE_MS`, each a task of its own, the page answering input between them; the
 * picture waits (Cytoscape draws nothing while a batch is open) and its first frame then finds
 * the work done. A picture under `DIRECT_FIRST_FRAME` elements is left to its frame (null).
 *
 * `later` and `now` are the next task and the clock (a test's own).
 */
export function styleInSlices(
	cy: Core,
	{ later = nextTask, now = () => performance.now() } = {}
): Promise<void> | null {
	const eles = cy.elements();
	if (eles.length < DIRECT_FIRST_FRAME) return null;
	cy.startBatch();
	return styleEach(cy, eles, later, now);
}

async function styleEach(
	cy: Core,
	eles: ReturnType<Core['elements']>,
	later: () => Promise<void>,
	now: () => number
) {
	const r = (cy as unknown as { renderer?: () => FrameWork | undefined }).renderer?.();
	try {
		// From the next task: the one that opened the batch had given Cytoscape the elements.
		await later();
		if (cy.destroyed()) return;
		const slices = new Slices(SLICE_MS, later, now);
		/** Does `work` to every element, `BETWEEN_LOOKS` at a time, in slices; false if taken down. */
		const eachSlice = async (work: (slice: Internal) => void) => {
			for (let from = 0; from < eles.length; from += BETWEEN_LOOKS) {
				work(eles.slice(from, from + BETWEEN_LOOKS) as unknown as Internal);
				if (!slices.due()) continue;
				await slices.next();
				if (cy.destroyed()) return false;
			}
			return true;
		};
		const styled = await eachSlice((slice) => {
			slice.cleanStyle?.();
			slice.recalculateRenderedStyle?.();
		});
		if (!styled) return;
		// Every line was worked out above: the frame need not work out each actor's lines again.
		cy.nodes().forEach((node) => {
			const rstyle = (node as unknown as { _private?: { rstyle?: { cleanConnected?: boolean } } })
				._private?.rstyle;
			if (rstyle) rstyle.cleanConnected = true;
		});
		// What the first frame would still do all at once, each in a task of its own: its queue of
		// changed elements, whose (still empty) caches it invalidates, then, as the batch ends
		// (its end marks them to be sorted again), its list of elements in stacking order (at
		// 50,000 ties, about 0.15 s of the first frame).
		if (typeof r?.flushRenderedStyleQueue === 'function') {
			await later();
			if (cy.destroyed()) return;
			// Nothing has been drawn yet (a batch has been open since the mount): the textures its
			// listeners would clear of every element are none, and are left out of this flush (at
			// 50,000 ties they were about half of it).
			const listeners = r.onUpdateEleCalcsFns;
			if (listeners) r.onUpdateEleCalcsFns = [];
			try {
				r.flushRenderedStyleQueue();
			} finally {
				if (listeners) r.onUpdateEleCalcsFns = listeners;
			}
		}
		// Whether each element answers the pointer, kept in its style's cache (once all are
		// styled: styling an actor clears its lines' caches): the frame's list of elements in
		// stacking order reads it of every one (at 50,000 ties, 0.1 s of that list's task).
		// (Cytoscape's `forEach` stops at an element whose call gives false: none is given back.)
		if (!(await eachSlice((slice) => slice.forEach?.((ele) => void ele.interactive?.())))) return;
		await later();
		if (cy.destroyed()) return;
	} finally {
		if (!cy.destroyed()) cy.endBatch();
	}
	r?.getCachedZSortedEles?.();
}
