/**
 * A WebM file (the Matroska subset browsers and players read) from encoded video frames. The
 * whole video is in memory when it is written, so every size is known: no unknown-size elements,
 * a real Duration and Cues, and a file any player can seek in.
 */

export type WebmCodec = 'V_VP8' | 'V_VP9';

export interface WebmTrack {
	codec: WebmCodec;
	width: number;
	height: number;
	/** Frames per second: each frame's nominal duration. */
	fps: number;
}

export interface WebmFrame {
	data: Uint8Array;
	/** Start in microseconds from the first frame. */
	timestamp: number;
	key: boolean;
}

/** Element ids, with their length bits, as the Matroska specification writes them. */
const ID = {
	EBML: 0x1a45dfa3,
	EBMLVersion: 0x4286,
	EBMLReadVersion: 0x42f7,
	EBMLMaxIDLength: 0x42f2,
	EBMLMaxSizeLength: 0x42f3,
	DocType: 0x4282,
	DocTypeVersion: 0x4287,
	DocTypeReadVersion: 0x4285,
	Segment: 0x18538067,
	Info: 0x1549a966,
	TimecodeScale: 0x2ad7b1,
	Duration: 0x4489,
	MuxingApp: 0x4d80,
	WritingApp: 0x5741,
	Tracks: 0x1654ae6b,
	TrackEntry: 0xae,
	TrackNumber: 0xd7,
	TrackUID: 0x73c5,
	FlagLacing: 0x9c,
	CodecID: 0x86,
	TrackType: 0x83,
	DefaultDuration: 0x23e383,
	Video: 0xe0,
	PixelWidth: 0xb0,
	PixelHeight: 0xba,
	Cluster: 0x1f43b675,
	Timecode: 0xe7,
	SimpleBlock: 0xa3,
	Cues: 0x1c53bb6b,
	CuePoint: 0xbb,
	CueTime: 0xb3,
	CueTrackPositions: 0xb7,
	CueTrack: 0xf7,
	CueClusterPosition: 0xf1
} as const;

/** Milliseconds per timecode tick (TimecodeScale of 1 000 000 ns). */
const TICK_US = 1000;
/** A block's time is a signed 16-bit offset from its cluster's. */
const MAX_BLOCK_OFFSET = 32_767;

function bytesOf(n: number, length: number): number[] {
	const out = new Array<number>(length);
	for (let i = length - 1; i >= 0; i--) {
		out[i] = n % 256;
		n = Math.floor(n / 256);
	}
	return out;
}

function idBytes(id: number): number[] {
	return bytesOf(id, id > 0xffffff ? 4 : id > 0xffff ? 3 : id > 0xff ? 2 : 1);
}

/** An element size as a variable-length integer: the shortest form that holds it. */
export function sizeBytes(size: number): number[] {
	let length = 1;
	while (length < 8 && size >= 2 ** (7 * length) - 1) length++;
	const out = bytesOf(size, length);
	out[0] |= 0x100 >> length;
	return out;
}

function uintBytes(n: number): number[] {
	let length = 1;
	while (length < 8 && n >= 2 ** (8 * length)) length++;
	return bytesOf(n, length);
}

type Body = Uint8Array | number[];

function concat(parts: readonly Body[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

function element(id: number, ...body: Body[]): Uint8Array {
	const content = concat(body);
	return concat([idBytes(id), sizeBytes(content.length), content]);
}

const uint = (id: number, n: number) => element(id, uintBytes(n));
const text = (id: number, s: string) =>
	element(
		id,
		[...s].map((c) => c.charCodeAt(0) & 0x7f)
	);
function float(id: number, n: number): Uint8Array {
	const b = new Uint8Array(8);
	new DataView(b.buffer).setFloat64(0, n);
	return element(id, b);
}

function simpleBlock(frame: WebmFrame, offset: number): Uint8Array {
	const head = [0x81, (offset >> 8) & 0xff, offset & 0xff, frame.key ? 0x80 : 0];
	return element(ID.SimpleBlock, head, frame.data);
}

/** Groups frames into clusters, each opening on a key frame where it can. */
function clusters(frames: readonly WebmFrame[]): { time: number; frames: WebmFrame[] }[] {
	const out: { time: number; frames: WebmFrame[] }[] = [];
	for (const f of frames) {
		const time = Math.round(f.timestamp / TICK_US);
		const last = out[out.length - 1];
		if (!last || f.key || time - last.time > MAX_BLOCK_OFFSET) out.push({ time, frames: [f] });
		else last.frames.push(f);
	}
	return out;
}

/**
 * Writes the file. Frames must be in decoding order with rising timestamps, the first a key
 * frame (what a VP8 or VP9 encoder gives without B-frames).
 */
export function writeWebm(track: WebmTrack, frames: readonly WebmFrame[]): Uint8Array {
	if (frames.length === 0) throw new RangeError('a WebM file needs at least one frame');
	if (!frames[0].key) throw new RangeError('the first frame of a WebM file must be a key frame');
	for (let i = 1; i < frames.length; i++)
		if (!(frames[i].timestamp > frames[i - 1].timestamp))
			throw new RangeError(
				`frame ${i} starts at ${frames[i].timestamp} µs, not after frame ${i - 1} at ${frames[i - 1].timestamp} µs`
			);
	const frameUs = 1_000_000 / track.fps;
	const header = element(
		ID.EBML,
		uint(ID.EBMLVersion, 1),
		uint(ID.EBMLReadVersion, 1),
		uint(ID.EBMLMaxIDLength, 4),
		uint(ID.EBMLMaxSizeLength, 8),
		text(ID.DocType, 'webm'),
		uint(ID.DocTypeVersion, 2),
		uint(ID.DocTypeReadVersion, 2)
	);
	const endUs = frames[frames.length - 1].timestamp + frameUs;
	const info = element(
		ID.Info,
		uint(ID.TimecodeScale, TICK_US * 1000),
		float(ID.Duration, endUs / TICK_US),
		text(ID.MuxingApp, 'Tieline'),
		text(ID.WritingApp, 'Tieline')
	);
	const tracks = element(
		ID.Tracks,
		element(
			ID.TrackEntry,
			uint(ID.TrackNumber, 1),
			uint(ID.TrackUID, 1),
			uint(ID.FlagLacing, 0),
			text(ID.CodecID, track.codec),
			uint(ID.TrackType, 1),
			uint(ID.DefaultDuration, Math.round(frameUs * 1000)),
			element(ID.Video, uint(ID.PixelWidth, track.width), uint(ID.PixelHeight, track.height))
		)
	);
	const parts: Uint8Array[] = [info, tracks];
	let position = info.length + tracks.length;
	const cues: Uint8Array[] = [];
	for (const c of clusters(frames)) {
		const blocks = c.frames.map((f) => simpleBlock(f, Math.round(f.timestamp / TICK_US) - c.time));
		const cluster = element(ID.Cluster, uint(ID.Timecode, c.time), ...blocks);
		if (c.frames[0].key)
			cues.push(
				element(
					ID.CuePoint,
					uint(ID.CueTime, c.time),
					element(ID.CueTrackPositions, uint(ID.CueTrack, 1), uint(ID.CueClusterPosition, position))
				)
			);
		parts.push(cluster);
		position += cluster.length;
	}
	parts.push(element(ID.Cues, ...cues));
	return concat([header, element(ID.Segment, ...parts)]);
}
