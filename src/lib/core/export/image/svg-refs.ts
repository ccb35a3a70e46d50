import { sourceRefId } from '../../schema/common.ts';
import type { Source } from '../../schema/source.ts';
import type { GraphScope } from '../scope.ts';
import { escapeXml as x } from '../xml.ts';
import type { Point } from './geometry.ts';

/** A box in picture pixels, by its corners. */
export interface Extent {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** A drawn line (a pair, a tie, a hub's spokes) and the ties it stands for. */
export interface CitingLine {
	/** `pair:A~B` or `tie:ID`, as the picture's groups name them. */
	id: string;
	tieIds: readonly string[];
	/** Where the line is, to number the sources in reading order. */
	at: Point;
}

/**
 * The picture's sources, numbered in the order its lines cite them, reading the picture from top
 * to bottom and left to right; the actors' own sources come last. Each line gets the numbers of
 * its ties' sources, so the numbers on a line lead to its footnotes.
 */
export function numberSources(
	scope: GraphScope,
	lines: readonly CitingLine[]
): { sources: Source[]; refs: Map<string, number[]> } {
	const order = new Map<string, number>();
	const sources: Source[] = [];
	const number = (id: string) => {
		const s = scope.graph.sourcesById.get(id);
		if (!s) return undefined;
		if (!order.has(id)) {
			sources.push(s);
			order.set(id, sources.length);
		}
		return order.get(id)!;
	};
	const band = 40;
	const reading = [...lines].sort(
		(a, b) =>
			Math.round(a.at.y / band) - Math.round(b.at.y / band) ||
			a.at.x - b.at.x ||
			a.id.localeCompare(b.id)
	);
	const refs = new Map<string, number[]>();
	for (const line of reading) {
		const nums = new Set<number>();
		for (const id of line.tieIds)
			for (const r of scope.graph.tiesById.get(id)?.sources ?? []) {
				const n = number(sourceRefId(r));
				if (n !== undefined) nums.add(n);
			}
		if (nums.size)
			refs.set(
				line.id,
				[...nums].sort((a, b) => a - b)
			);
	}
	for (const a of scope.actors) a.actor.sources.forEach((r) => number(sourceRefId(r)));
	return { sources, refs };
}

/** Footnote numbers as a reader scans them: `1–4,7,9`. */
export function refText(nums: readonly number[]): string {
	const out: string[] = [];
	for (let i = 0; i < nums.length;) {
		let j = i;
		while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
		if (j - i >= 2) out.push(`${nums[i]}–${nums[j]}`);
		else for (let k = i; k <= j; k++) out.push(String(nums[k]));
		i = j + 1;
	}
	return out.join(',');
}

/** Parses what `refText` writes, for checks. */
export function parseRefText(text: string): number[] {
	return text.split(',').flatMap((part) => {
		const [a, b] = part.split('–').map(Number);
		return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
	});
}

/** The box a line of text takes, anchored in its middle (CJK about one em, Latin about 0.58). */
export function textExtent(cx: number, baseline: number, text: string, fs: number): Extent {
	let w = 0;
	for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? fs : fs * 0.58;
	return { x1: cx - w / 2, x2: cx + w / 2, y1: baseline - fs * 0.8, y2: baseline + fs * 0.2 };
}

/** The cell a coordinate falls in, of n, counted from 0; a coordinate outside, the nearest. */
const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));

/** A quadratic curve's point and unit normal at `t`. */
function along(c: { from: Point; control: Point; to: Point }, t: number) {
	const u = 1 - t;
	const p = {
		x: u * u * c.from.x + 2 * u * t * c.control.x + t * t * c.to.x,
		y: u * u * c.from.y + 2 * u * t * c.control.y + t * t * c.to.y
	};
	const dx = 2 * u * (c.control.x - c.from.x) + 2 * t * (c.to.x - c.control.x);
	const dy = 2 * u * (c.control.y - c.from.y) + 2 * t * (c.to.y - c.control.y);
	const len = Math.hypot(dx, dy) || 1;
	return { p, n: { x: -dy / len, y: dx / len } };
}

/**
 * The boxes already taken, filed by the cells of a grid over the picture, so a place is checked
 * against the boxes near it rather than against every one (a 10,000-tie picture has thousands).
 * A box outside the picture is filed in the edge cells it is nearest to.
 */
export class TakenGrid {
	private readonly boxes: Extent[] = [];
	private readonly cells: number[][];
	private readonly cols: number;
	private readonly rows: number;
	/** A box is met once per check even when it lies in several of the cells looked in. */
	private readonly seen: number[] = [];
	private check = 0;

	constructor(
		private readonly frame: Extent,
		private readonly size: number
	) {
		this.cols = Math.max(1, Math.ceil((frame.x2 - frame.x1) / size));
		this.rows = Math.max(1, Math.ceil((frame.y2 - frame.y1) / size));
		this.cells = Array.from({ length: this.cols * this.rows }, () => []);
	}

	private span(e: Extent): [number, number, number, number] {
		const { x1, y1 } = this.frame;
		return [
			clamp((e.x1 - x1) / this.size, this.cols),
			clamp((e.y1 - y1) / this.size, this.rows),
			clamp((e.x2 - x1) / this.size, this.cols),
			clamp((e.y2 - y1) / this.size, this.rows)
		];
	}

	push(e: Extent) {
		const i = this.boxes.push(e) - 1;
		this.seen.push(0);
		const [c1, r1, c2, r2] = this.span(e);
		for (let r = r1; r <= r2; r++)
			for (let c = c1; c <= c2; c++) this.cells[r * this.cols + c].push(i);
	}

	/** Whether any box taken meets `e`. */
	meets(e: Extent): boolean {
		return this.meetsBox(e.x1, e.y1, e.x2, e.y2);
	}

	/** `meets` for a box given by its corners: a place is tried without making a box for it. */
	meetsBox(x1: number, y1: number, x2: number, y2: number): boolean {
		const check = ++this.check;
		const { frame, size, cols, rows, cells, boxes, seen } = this;
		const c1 = clamp((x1 - frame.x1) / size, cols);
		const r1 = clamp((y1 - frame.y1) / size, rows);
		const c2 = clamp((x2 - frame.x1) / size, cols);
		const r2 = clamp((y2 - frame.y1) / size, rows);
		for (let r = r1; r <= r2; r++)
			for (let c = c1; c <= c2; c++) {
				const cell = cells[r * cols + c];
				for (let k = 0; k < cell.length; k++) {
					const i = cell[k];
					if (seen[i] === check) continue;
					seen[i] = check;
					const b = boxes[i];
					if (b.x1 < x2 && x1 < b.x2 && b.y1 < y2 && y1 < b.y2) return true;
				}
			}
		return false;
	}
}

const BADGE_STOPS = [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8];
const STOPS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85];

/**
 * Places the footnote numbers of each line beside it, where they meet no actor, no label, no
 * badge and no other numbers: beside a pair's badge first, then at points along the line, on
 * either side. Where no place is free the numbers go at the middle, and the picture's check says
 * so.
 */
export class RefPlacer {
	private readonly taken: TakenGrid;
	private readonly out: string[] = [];

	constructor(
		obstacles: readonly Extent[],
		private readonly frame: Extent,
		private readonly fs: number
	) {
		this.taken = new TakenGrid(frame, fs * 3);
		for (const o of obstacles) this.taken.push(o);
	}

	private free(e: Extent): boolean {
		return this.freeBox(e.x1, e.y1, e.x2, e.y2);
	}

	/** `free` for a box given by its corners. */
	private freeBox(x1: number, y1: number, x2: number, y2: number): boolean {
		const f = this.frame;
		if (!(x1 >= f.x1 && x2 <= f.x2 && y1 >= f.y1 && y2 <= f.y2)) return false;
		// A pixel to spare, so rounding the coordinates never makes two things touch.
		return !this.taken.meetsBox(x1 - 1, y1 - 1, x2 + 1, y2 + 1);
	}

	/**
	 * Slides a box centred on a line (a pair's badge) along it, from the middle outwards, to the
	 * first place that is free; the middle if none is. Returns where the box is.
	 */
	placeBox(curve: { from: Point; control: Point; to: Point }, box: Extent): Extent {
		const w = box.x2 - box.x1;
		const h = box.y2 - box.y1;
		const at = (t: number) => {
			const { p } = along(curve, t);
			return { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - h / 2, y2: p.y + h / 2 };
		};
		const chosen = BADGE_STOPS.map(at).find((e) => this.free(e)) ?? at(0.5);
		this.taken.push(chosen);
		return chosen;
	}

	place(
		id: string,
		nums: readonly number[],
		/** The line's curves: one, or a hub's spokes. */
		curves: readonly { from: Point; control: Point; to: Point }[],
		/** Half the drawn line's width: the numbers keep clear of it. */
		half: number,
		besides: Extent | null
	) {
		const text = refText(nums);
		const fs = this.fs;
		// The numbers' box at the origin, moved to each place tried (the same as measuring there).
		const box = textExtent(0, 0, text, fs);
		const boxAt = (q: Point): Extent => ({
			x1: q.x + box.x1,
			y1: q.y + box.y1,
			x2: q.x + box.x2,
			y2: q.y + box.y2
		});
		// The places, in the order they are tried; the first free one is taken, and where none is,
		// the first. A crowded picture tries each line's hundreds of places: each is tried as it
		// comes, without making a list or a box of it.
		let first: Point | undefined;
		const tried = (x: number, y: number) => {
			first ??= { x, y };
			return this.freeBox(x + box.x1, y + box.y1, x + box.x2, y + box.y2);
		};
		const find = (): Point | undefined => {
			if (besides) {
				const w = box.x2 * 2;
				const base = (besides.y1 + besides.y2) / 2 + fs * 0.35;
				const right = besides.x2 + fs * 0.3 + w / 2;
				if (tried(right, base)) return { x: right, y: base };
				const left = besides.x1 - fs * 0.3 - w / 2;
				if (tried(left, base)) return { x: left, y: base };
			}
			for (const reach of [0.9, 2])
				for (const t of STOPS)
					for (const curve of curves) {
						const { p, n } = along(curve, t);
						const d = half + fs * reach;
						for (const side of [1, -1]) {
							const x = p.x + n.x * d * side;
							const y = p.y + n.y * d * side + fs * 0.35;
							if (tried(x, y)) return { x, y };
						}
					}
			// Crowded: the nearest free place round the line's middle.
			const centre = along(curves[0], 0.5).p;
			for (let ring = 1; ring <= 14; ring++)
				for (let i = 0; i < 12; i++) {
					const a = (i / 12) * 2 * Math.PI;
					const x = centre.x + Math.cos(a) * ring * fs;
					const y = centre.y + Math.sin(a) * ring * fs * 0.8 + fs * 0.35;
					if (tried(x, y)) return { x, y };
				}
			return undefined;
		};
		const at = find() ?? first!;
		this.taken.push(boxAt(at));
		this.out.push(
			`<text class="ref" data-ref="${x(id)}" x="${at.x.toFixed(1)}" y="${at.y.toFixed(1)}" font-size="${fs.toFixed(1)}" font-weight="600" fill="#374151" text-anchor="middle" stroke="#fff" stroke-width="${(fs * 0.3).toFixed(1)}" paint-order="stroke">${x(text)}</text>`
		);
	}

	svg(): string {
		return this.out.length ? ['<g class="refs">', ...this.out, '</g>'].join('\n') : '';
	}
}
