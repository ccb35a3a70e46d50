import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

/**
 * Runs one of poppler-utils' programs (pdfinfo, pdftotext, pdffonts, pdftoppm) on a PDF. A
 * machine without them fails the test with the program's name, never skips it: .ci/run installs
 * poppler-utils where it is missing.
 */
export function poppler(program: 'pdfinfo' | 'pdftotext' | 'pdffonts', ...args: string[]): string {
	const run = spawnSync(program, args, { encoding: 'utf8' });
	if (run.error)
		throw new Error(
			`${program} is not installed (${run.error.message}): install poppler-utils to check PDFs`
		);
	if (run.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${run.stderr}`);
	return run.stdout;
}

export const pdfPages = (file: string) =>
	Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', file))![1]);

/** The PDF's text as pdftotext reads it, with runs of white space made one space. */
export const pdfText = (file: string, ...pages: string[]) =>
	poppler('pdftotext', ...pages, file, '-').replace(/\s+/g, ' ');

/** pdffonts' table: name, type, whether embedded, whether a subset, whether it maps to Unicode. */
export function pdfFonts(file: string) {
	return poppler('pdffonts', file)
		.split('\n')
		.slice(2)
		.filter(Boolean)
		.map((line) => {
			const cells = line.trim().split(/\s+/);
			const [emb, sub, uni] = cells.slice(-5, -2);
			return {
				name: cells[0],
				embedded: emb === 'yes',
				subset: sub === 'yes',
				unicode: uni === 'yes'
			};
		});
}

/** A PNG's size and its pixels as RGBA (8-bit RGBA or RGB, not interlaced: what resvg writes). */
export function decodePng(png: Uint8Array) {
	const b = Buffer.from(png);
	if (b.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
	const width = b.readUInt32BE(16);
	const height = b.readUInt32BE(20);
	const channels = b[25] === 6 ? 4 : b[25] === 2 ? 3 : 0;
	if (b[24] !== 8 || !channels || b[28] !== 0) throw new Error('decodePng reads 8-bit RGB(A) only');
	const idat: Buffer[] = [];
	for (let at = 8; at < b.length;) {
		const length = b.readUInt32BE(at);
		if (b.toString('latin1', at + 4, at + 8) === 'IDAT')
			idat.push(b.subarray(at + 8, at + 8 + length));
		at += length + 12;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const out = new Uint8Array(width * height * 4);
	let prev = new Uint8Array(stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const row = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? row[i - channels] : 0;
			const up = prev[i];
			const c = i >= channels ? prev[i - channels] : 0;
			const p = a + up - c;
			const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - up), Math.abs(p - c)];
			const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
			const add = [0, a, up, (a + up) >> 1, paeth][filter];
			row[i] = (row[i] + add) & 0xff;
		}
		for (let x = 0; x < width; x++)
			for (let k = 0; k < 4; k++)
				out[(y * width + x) * 4 + k] = k < channels ? row[x * channels + k] : 255;
		prev = row;
	}
	return { width, height, rgba: out };
}
