/** From this many elements in the picture, its first frame is drawn without Cytoscape's caches. */
export const DIRECT_FIRST_FRAME = 1000;

/**
 * The two drawing calls of Cytoscape's canvas renderer (3.35) this reaches into:
 * `drawLayeredElements` draws the picture's elements through its caches, `drawElements` draws
 * them as they are (as it does for an image export).
 */
interface CanvasDrawing {
	drawLayeredElements(context: unknown, eles: ArrayLike<unknown>, ...rest: unknown[]): void;
	drawElements(context: unknown, eles: ArrayLike<unknown>): void;
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
 * `drawn` is told how the first frame with elements was drawn. Returns false, and changes
 * nothing, when the renderer is not the one this knows.
 */
export function drawFirstFrameDirectly(
	renderer: unknown,
	drawn: (how: 'direct' | 'cached') => void
): boolean {
	const r = renderer as Partial<CanvasDrawing> | null | undefined;
	if (typeof r?.drawLayeredElements !== 'function' || typeof r.drawElements !== 'function')
		return false;
	const cached = r.drawLayeredElements;
	r.drawLayeredElements = function (this: CanvasDrawing, context, eles, ...rest) {
		// A frame drawn before the picture's elements were added does not count.
		if (eles.length === 0) return cached.call(this, context, eles, ...rest);
		r.drawLayeredElements = cached;
		const direct = eles.length >= DIRECT_FIRST_FRAME;
		drawn(direct ? 'direct' : 'cached');
		return direct ? this.drawElements(context, eles) : cached.call(this, context, eles, ...rest);
	};
	return true;
}
