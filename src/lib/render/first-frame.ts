import { nextTask, SLICE_MS } from '$lib/core/slices.ts';

/** From this many elements in the picture, its first frame is drawn without Cytoscape's caches. */
export const DIRECT_FIRST_FRAME = 1000;
/** How many elements a slice draws or styles between two looks at the clock. */
export const BETWEEN_LOOKS = 32;
/**
 * How long the slice drawn inside Cytoscape's own frame runs: a quarter of a slice, since the
 * frame has done its own work before it (at 50,000 ties, about 60 ms traced), in the same task.
 */
export const IN_FRAME_MS = SLICE_MS / 4;

/** The part of a canvas context a slice drawn later needs: the picture's transform, set again. */
interface Context {
	getTransform(): unknown;
	setTransform(transform: unknown): void;
	save(): void;
	restore(): void;
}

/**
 * The two drawing calls of Cytoscape's canvas renderer (3.35) this reaches into:
 * `drawLayeredElements` draws the picture's elements through its caches, `drawElements` draws
 * them as they are (as it does for an image export), one after another in the order given.
 */
interface CanvasDrawing {
	drawLayeredElements(context: Context, eles: ArrayLike<unknown>, ...rest: unknown[]): void;
	drawElements(context: Context, eles: ArrayLike<unknown>): void;
	destroyed?: boolean;
}

/**
 * Cytoscape's canvas draws a picture through two caches: each element into a texture of its own,
 * then the textures into layers, which later frames reuse. A first frame fills both and reuses
 * nothing, so for a large picture it costs more than drawing the elements themselves: its first
 * frame is drawn directly instead, and the frames after it build and use the caches as before
 * (the bench's floor page, five alternating loads each: 10k first picture 3,030 -> 2,203 ms,
 * 50k 7,635 -> 4,290, the date steps after it unchanged). A picture under `DIRECT_FIRST_FRAME`
 * elements is drawn through the caches from its first frame, as before.
 *
 * The direct frame is drawn in slices of `SLICE_MS` (the first, in Cytoscape's frame, of
 * `IN_FRAME_MS`), each a task of its own, in the order
 * Cytoscape gives (so the picture is the same), the page answering input between them; the
 * elements' style is worked out ahead of it, in slices too (style-in-slices.ts). A frame
 * Cytoscape draws before the last slice (the date moved, say) draws the whole picture, and the
 * slices stop.
 *
 * `drawn` is told how the first frame with elements was drawn once it is all there, and, when
 * slices follow its first, `drawing` before. Returns false, and changes nothing, when the
 * renderer is not the one this knows. `later` and `now` are the next task and the clock (a
 * test's own).
 */
export function drawFirstFrameDirectly(
	renderer: unknown,
	drawn: (how: 'drawing' | 'direct' | 'cached') => void,
	{ later = nextTask, now = () => performance.now() } = {}
): boolean {
	const r = renderer as Partial<CanvasDrawing> | null | undefined;
	if (typeof r?.drawLayeredElements !== 'function' || typeof r.drawElements !== 'function')
		return false;
	const cached = r.drawLayeredElements;
	/** Draws from `from` for `ms`; gives where it stopped. */
	const slice = (
		self: CanvasDrawing,
		context: Context,
		eles: ArrayLike<unknown>,
		from: number,
		ms = SLICE_MS
	) => {
		const start = now();
		while (from < eles.length) {
			const to = Math.min(from + BETWEEN_LOOKS, eles.length);
			self.drawElements(context, Array.prototype.slice.call(eles, from, to));
			from = to;
			if (now() - start >= ms) break;
		}
		return from;
	};
	r.drawLayeredElements = function (this: CanvasDrawing, context, eles, ...rest) {
		// A frame drawn before the picture's elements were added does not count.
		if (eles.length === 0) return cached.call(this, context, eles, ...rest);
		r.drawLayeredElements = cached;
		if (eles.length < DIRECT_FIRST_FRAME) {
			drawn('cached');
			return cached.call(this, context, eles, ...rest);
		}
		const transform = context.getTransform();
		let from = slice(this, context, eles, 0, IN_FRAME_MS);
		if (from === eles.length) return drawn('direct');
		drawn('drawing');
		let stopped = false;
		r.drawLayeredElements = function (this: CanvasDrawing, ...frame) {
			// An image export draws into a context of its own, and leaves the picture on screen be.
			if (frame[0] === context) {
				stopped = true;
				r.drawLayeredElements = cached;
				drawn('direct');
			}
			return cached.apply(this, frame);
		};
		const more = () => {
			if (stopped || this.destroyed) return;
			context.save();
			context.setTransform(transform);
			from = slice(this, context, eles, from);
			context.restore();
			if (from < eles.length) return void later().then(more);
			r.drawLayeredElements = cached;
			drawn('direct');
		};
		void later().then(more);
	};
	return true;
}
