import { frameTime, type FramePlan } from '$lib/core/export/video/frame-plan.ts';
import { writeWebm, type WebmCodec, type WebmFrame } from '$lib/core/export/video/webm.ts';
import { svgToCanvas } from './rasterize.ts';

export interface RecordRequest {
	width: number;
	height: number;
	plan: FramePlan<unknown>;
	/** The SVG of the plan's shot `index`. */
	draw(index: number): string;
	onProgress?(done: number, total: number): void;
	signal?: AbortSignal;
}

/** No WebCodecs encoder for VP9 or VP8 in this browser. */
export class NoVideoEncoder extends Error {
	constructor() {
		super('this browser has no WebCodecs VP9 or VP8 encoder');
		this.name = 'NoVideoEncoder';
	}
}

/** The codecs tried, the better first: VP9 (profile 0, 8 bit) is smaller at the same quality. */
const CODECS: { webcodecs: string; webm: WebmCodec }[] = [
	{ webcodecs: 'vp09.00.10.08', webm: 'V_VP9' },
	{ webcodecs: 'vp8', webm: 'V_VP8' }
];

async function chooseCodec(width: number, height: number, fps: number) {
	if (typeof VideoEncoder === 'undefined') throw new NoVideoEncoder();
	for (const c of CODECS) {
		const config: VideoEncoderConfig = {
			codec: c.webcodecs,
			width,
			height,
			framerate: fps,
			// Enough for sharp text in pictures that hold still between steps.
			bitrate: width * height * 2,
			latencyMode: 'quality'
		};
		const support = await VideoEncoder.isConfigSupported(config).catch(() => null);
		if (support?.supported) return { config, webm: c.webm };
	}
	throw new NoVideoEncoder();
}

const aborted = () => new DOMException('the recording was cancelled', 'AbortError');

/**
 * Draws every shot of the plan from its SVG and encodes each frame with its planned time
 * (WebCodecs), then writes the WebM. Nothing depends on the clock: drawing slower makes the
 * recording take longer, never the video. A cancel throws an AbortError and returns nothing.
 */
export async function recordWebm(r: RecordRequest): Promise<Blob> {
	const { plan, width, height } = r;
	const { config, webm } = await chooseCodec(width, height, plan.fps);
	const chunks: WebmFrame[] = [];
	const failed: { error: Error | null } = { error: null };
	const encoder = new VideoEncoder({
		output: (chunk) => {
			const data = new Uint8Array(chunk.byteLength);
			chunk.copyTo(data);
			chunks.push({ data, timestamp: chunk.timestamp, key: chunk.type === 'key' });
		},
		error: (e) => (failed.error = e)
	});
	encoder.configure(config);
	// A key frame every two seconds, so a player can seek.
	const keyEvery = plan.fps * 2;
	const duration = frameTime(1, plan.fps);
	try {
		let done = 0;
		for (let s = 0; s < plan.shots.length; s++) {
			if (r.signal?.aborted) throw aborted();
			const shot = plan.shots[s];
			const canvas = await svgToCanvas(r.draw(s), width, height);
			for (let f = shot.start; f < shot.start + shot.frames; f++) {
				if (r.signal?.aborted) throw aborted();
				if (failed.error) throw failed.error;
				const frame = new VideoFrame(canvas, { timestamp: frameTime(f, plan.fps), duration });
				encoder.encode(frame, { keyFrame: f % keyEvery === 0 });
				frame.close();
				// Wait for the encoder rather than queue a whole video of frames in memory.
				while (encoder.encodeQueueSize > 2)
					await new Promise((ok) => encoder.addEventListener('dequeue', ok, { once: true }));
				r.onProgress?.(++done, plan.frames);
			}
			canvas.width = canvas.height = 0;
		}
		await encoder.flush();
		if (failed.error) throw failed.error;
	} finally {
		if (encoder.state !== 'closed') encoder.close();
	}
	chunks.sort((a, b) => a.timestamp - b.timestamp);
	const file = writeWebm({ codec: webm, width, height, fps: plan.fps }, chunks);
	return new Blob([file as BlobPart], { type: 'video/webm' });
}
