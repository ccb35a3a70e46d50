import type { Camera } from './renderer.ts';

type Point = { x: number; y: number };

/** Room round the frame: for a node, and for its two-line label below it. */
const PAD = { x: 90, top: 50, bottom: 90 };

/**
 * The camera that frames `points` whole in a picture of `size` (null when there are none): at
 * their middle, zoomed to fit with room for a node and its label.
 */
export function framing(
	points: Iterable<Point>,
	size: { width: number; height: number }
): Camera | null {
	let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of points) {
		x1 = Math.min(x1, p.x);
		x2 = Math.max(x2, p.x);
		y1 = Math.min(y1, p.y);
		y2 = Math.max(y2, p.y);
	}
	if (x1 > x2) return null;
	const w = x2 - x1 + 2 * PAD.x;
	const h = y2 - y1 + PAD.top + PAD.bottom;
	const zoom = Math.min(size.width / w, size.height / h);
	return { zoom, x: x1 - PAD.x + w / 2, y: y1 - PAD.top + h / 2 };
}
