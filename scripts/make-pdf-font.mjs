// Makes static/fonts/tieline-pdf-sans-{regular,bold}.otf, the fonts PDFs and command-line PNGs
// are drawn with: Noto Sans CJK JP Regular and Bold (SIL Open Font License 1.1, see
// static/fonts/OFL.txt) cut to Latin, Greek, Cyrillic, punctuation and symbols, kana, the
// JIS X 0208 kanji, and every character the bundled data and the interface messages use. The
// whole face is 16 MB a weight; the cut is 2 MB, fetched only when a PDF is made. A PDF embeds
// only the glyphs it uses (a subset again).
//
// Run from the repository root where fonts-noto-cjk is installed, with subset-font 2.9.0
// (harfbuzz's hb-subset as WebAssembly) on the module path (NODE_PATH):
//   node scripts/make-pdf-font.mjs [/usr/share/fonts/opentype/noto]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// Required, not imported, so NODE_PATH can point at it: it is no dependency of the app.
const subsetFont = createRequire(import.meta.url)('subset-font');

const fontDir = process.argv[2] ?? '/usr/share/fonts/opentype/noto';
const chars = new Set();
const addRange = (from, to) => {
	for (let c = from; c <= to; c++) chars.add(String.fromCodePoint(c));
};
addRange(0x20, 0x24f); // Latin, Latin-1, Latin Extended-A and -B
addRange(0x370, 0x4ff); // Greek, Cyrillic
addRange(0x2000, 0x22ff); // punctuation, super/subscripts, currency, letterlike, arrows, maths
addRange(0x2460, 0x26ff); // enclosed numbers, box drawing, shapes, symbols
addRange(0x3000, 0x30ff); // CJK punctuation, hiragana, katakana
addRange(0x31f0, 0x33ff); // katakana extensions, enclosed and compatibility forms
addRange(0xff00, 0xffef); // full- and half-width forms
// JIS X 0208: every two-byte EUC-JP code, decoded.
const euc = new TextDecoder('euc-jp');
for (let a = 0xa1; a <= 0xfe; a++)
	for (let b = 0xa1; b <= 0xfe; b++) {
		const c = euc.decode(new Uint8Array([a, b]));
		if (c.length === 1 && c !== '\ufffd') chars.add(c);
	}
const walk = (dir) => {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path);
		else if (/\.(ya?ml|json|ts)$/.test(name))
			for (const c of readFileSync(path, 'utf8')) chars.add(c);
	}
};
walk('graph-data');
walk('src/lib/core/i18n');
const text = [...chars].join('');
/** One face of a font collection (.ttc) as a font file of its own: its tables, copied. */
function faceOf(ttc, index) {
	if (ttc.toString('latin1', 0, 4) !== 'ttcf') return ttc;
	const at = ttc.readUInt32BE(12 + 4 * index);
	const count = ttc.readUInt16BE(at + 4);
	const tables = [];
	for (let i = 0; i < count; i++) {
		const r = at + 12 + 16 * i;
		tables.push({ r, offset: ttc.readUInt32BE(r + 8), length: ttc.readUInt32BE(r + 12) });
	}
	const head = Buffer.from(ttc.subarray(at, at + 12 + 16 * count));
	const parts = [head];
	let offset = head.length;
	tables.forEach((t, i) => {
		head.writeUInt32BE(offset, 12 + 16 * i + 8);
		const data = ttc.subarray(t.offset, t.offset + t.length);
		const padded = Buffer.alloc((t.length + 3) & ~3);
		data.copy(padded);
		parts.push(padded);
		offset += padded.length;
	});
	return Buffer.concat(parts);
}

// Face 0 of each collection is Noto Sans CJK JP. Without layout closure: no vertical or
// alternate forms, which the pictures do not use (and which make the cut fail for its size).
for (const weight of ['Regular', 'Bold']) {
	const file = join(fontDir, `NotoSansCJK-${weight}.ttc`);
	const font = await subsetFont(faceOf(readFileSync(file), 0), text, {
		targetFormat: 'sfnt',
		noLayoutClosure: true
	});
	const out = `static/fonts/tieline-pdf-sans-${weight.toLowerCase()}.otf`;
	writeFileSync(out, font);
	console.log(`${out}: ${chars.size} characters, ${font.length} bytes`);
}
