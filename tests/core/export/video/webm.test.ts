import { describe, expect, it } from 'vitest';
import { sizeBytes, writeWebm } from '../../../../src/lib/core/export/video/webm.ts';

interface Node {
	id: number;
	start: number;
	body: Uint8Array;
	children?: Node[];
}

const MASTER = new Set([
	0x1a45dfa3, 0x18538067, 0x1549a966, 0x1654ae6b, 0xae, 0xe0, 0x1f43b675, 0x1c53bb6b, 0xbb, 0xb7
]);

/** Reads an EBML variable-length integer; `keepMarker` for ids. */
function vint(b: Uint8Array, at: number, keepMarker: boolean): [number, number] {
	let length = 1;
	while (length <= 8 && !(b[at] & (0x100 >> length))) length++;
	if (length > 8) throw new Error(`bad vint at ${at}`);
	let n = keepMarker ? b[at] : b[at] & (0xff >> length);
	for (let i = 1; i < length; i++) n = n * 256 + b[at + i];
	return [n, length];
}

/** Parses elements, failing when a size runs past its parent: what a player would refuse. */
function parse(b: Uint8Array, from = 0, to = b.length, base = 0): Node[] {
	const out: Node[] = [];
	let at = from;
	while (at < to) {
		const [id, il] = vint(b, at, true);
		const [size, sl] = vint(b, at + il, false);
		const start = at + il + sl;
		if (start + size > to)
			throw new Error(`element ${id.toString(16)} at ${at} runs past its parent`);
		const node: Node = { id, start: at - base, body: b.subarray(start, start + size) };
		if (MASTER.has(id))
			node.children = parse(b, start, start + size, id === 0x18538067 ? start : base);
		out.push(node);
		at = start + size;
	}
	return out;
}

const uint = (n: Node) => n.body.reduce((v, x) => v * 256 + x, 0);
const find = (nodes: Node[] | undefined, id: number) => nodes?.filter((n) => n.id === id) ?? [];
const one = (nodes: Node[] | undefined, id: number) => find(nodes, id)[0];

function frames(n: number, fps: number, keyEvery: number) {
	return Array.from({ length: n }, (_, i) => ({
		data: new Uint8Array([i, i, i]),
		timestamp: Math.round((i * 1e6) / fps),
		key: i % keyEvery === 0
	}));
}

describe('sizeBytes', () => {
	it('writes the shortest variable-length integer, never the reserved all-ones value', () => {
		expect(sizeBytes(0)).toEqual([0x80]);
		expect(sizeBytes(126)).toEqual([0xfe]);
		expect(sizeBytes(127)).toEqual([0x40, 0x7f]);
		expect(sizeBytes(300)).toEqual([0x41, 0x2c]);
		expect(sizeBytes(2 ** 21)).toEqual([0x10, 0x20, 0x00, 0x00]);
	});
});

describe('writeWebm', () => {
	const file = writeWebm({ codec: 'V_VP9', width: 1280, height: 720, fps: 30 }, frames(90, 30, 60));
	const [ebml, segment] = parse(file);

	it('is a webm document with one segment that holds exactly its elements', () => {
		expect(ebml.id).toBe(0x1a45dfa3);
		expect(new TextDecoder().decode(one(ebml.children, 0x4282).body)).toBe('webm');
		expect(segment.id).toBe(0x18538067);
		expect(parse(file)).toHaveLength(2);
	});

	it('names the codec, the size and the frame duration of its one video track', () => {
		const entry = one(one(segment.children, 0x1654ae6b).children, 0xae);
		expect(new TextDecoder().decode(one(entry.children, 0x86).body)).toBe('V_VP9');
		expect(uint(one(entry.children, 0x83))).toBe(1);
		const video = one(entry.children, 0xe0);
		expect([uint(one(video.children, 0xb0)), uint(one(video.children, 0xba))]).toEqual([1280, 720]);
		expect(uint(one(entry.children, 0x23e383))).toBe(33_333_333);
	});

	it('says how long it lasts: the last frame start plus one frame, in milliseconds', () => {
		const info = one(segment.children, 0x1549a966);
		expect(uint(one(info.children, 0x2ad7b1))).toBe(1_000_000);
		const d = one(info.children, 0x4489).body;
		expect(new DataView(d.buffer, d.byteOffset, 8).getFloat64(0)).toBeCloseTo(3000, 0);
	});

	it('opens a cluster at each key frame, and every block keeps its frame, time and key flag', () => {
		const clusters = find(segment.children, 0x1f43b675);
		expect(clusters.map((c) => uint(one(c.children, 0xe7)))).toEqual([0, 2000]);
		const blocks = clusters.flatMap((c) =>
			find(c.children, 0xa3).map((b) => ({
				time: uint(one(c.children, 0xe7)) + ((b.body[1] << 8) | b.body[2]),
				key: (b.body[3] & 0x80) !== 0,
				data: [...b.body.subarray(4)]
			}))
		);
		expect(blocks).toHaveLength(90);
		expect(blocks[1]).toEqual({ time: 33, key: false, data: [1, 1, 1] });
		expect(blocks[60]).toEqual({ time: 2000, key: true, data: [60, 60, 60] });
		expect(blocks.filter((b) => b.key)).toHaveLength(2);
	});

	it('has a cue per key frame that points at its cluster', () => {
		const cues = find(one(segment.children, 0x1c53bb6b).children, 0xbb);
		const clusters = find(segment.children, 0x1f43b675);
		expect(cues).toHaveLength(2);
		cues.forEach((cue, i) => {
			const pos = one(one(cue.children, 0xb7).children, 0xf1);
			expect(uint(pos)).toBe(clusters[i].start);
		});
	});

	it('starts a new cluster before a block would be more than 32.767 s from its cluster', () => {
		const long = writeWebm({ codec: 'V_VP8', width: 16, height: 16, fps: 1 }, frames(40, 1, 1000));
		const clusters = find(parse(long)[1].children, 0x1f43b675);
		expect(clusters.map((c) => uint(one(c.children, 0xe7)))).toEqual([0, 33_000]);
	});

	it('refuses frames it cannot write, saying which', () => {
		const cfg = { codec: 'V_VP8' as const, width: 16, height: 16, fps: 30 };
		expect(() => writeWebm(cfg, [])).toThrow('at least one frame');
		expect(() => writeWebm(cfg, frames(2, 30, 2).slice(1))).toThrow('must be a key frame');
		const f = frames(3, 30, 3);
		f[2].timestamp = f[1].timestamp;
		expect(() => writeWebm(cfg, f)).toThrow('frame 2 starts at 33333 µs, not after frame 1');
	});
});
