import PDFDocument, { type PdfKitDocument } from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Lang } from '../../schema/common.ts';
import { themeColour, type Theme } from '../../visual/theme.ts';

/**
 * PDFs drawn as vectors from the SVG writer's pictures: paths stay paths and text stays text, in
 * fonts embedded as subsets (only the glyphs used), so a reader can select and search English and
 * Japanese alike. The caller brings the font files (the app fetches them, the command line reads
 * them), so this module reads nothing itself.
 */
export interface PdfFonts {
	regular: Uint8Array;
	bold: Uint8Array;
}

/** One page: a picture, and optionally words above it (a scene's caption and where it comes from). */
export interface PdfPage {
	/** The SVG writer's picture, drawn at a size in pixels. */
	picture: (size: { width: number; height: number }) => string;
	/**
	 * The picture's size in pixels, fitted into the space the page's words leave, keeping its
	 * shape; by default the shape of that space at 96 pixels to the inch.
	 */
	size?: { width: number; height: number };
	/** A small line at the top (the story's title and the scene's number). */
	heading?: string;
	/** The page's main words, wrapped to the page's width. */
	caption?: string;
	/** A small line under the caption (the caption's sources). */
	note?: string;
}

export interface PdfInfo {
	title: string;
	lang: Lang;
	/** Page size in points (1/72 inch); each page's picture is fitted into what is left. */
	page: { width: number; height: number };
	/** Space around the words and the picture on a page with words, in points. */
	margin?: number;
	/** The words' colours in this theme (the pictures carry their own); colour by default. */
	theme?: Theme;
}

const REGULAR = 'tieline-sans';
const BOLD = 'tieline-sans-bold';
const INK = '#111827';
const MUTED = '#4b5563';

/**
 * The PDF reader draws text's stroke over its fill, where SVG's `paint-order="stroke"` asks for
 * the stroke (a white halo) under it; such a text becomes two: the halo, then the letters.
 */
export function splitHalos(svg: string): string {
	return svg.replace(
		/<text ([^>]*)paint-order="stroke"([^>]*)>([^<]*)<\/text>/g,
		(_, a, b, body) => {
			const attrs = `${a}${b}`.replace(/\s+/g, ' ').trim();
			const stroke = /stroke="([^"]+)"/.exec(attrs)?.[1] ?? '#fff';
			const plain = attrs
				.replace(/\s*stroke(-width|-linejoin)?="[^"]*"/g, '')
				.replace(/\s*fill="[^"]*"/g, '');
			const fill = /fill="([^"]+)"/.exec(attrs)?.[1];
			return (
				`<text ${plain} fill="${stroke}" ${/stroke-width="[^"]*"/.exec(attrs)?.[0] ?? ''} stroke="${stroke}" stroke-linejoin="round">${body}</text>` +
				`<text ${plain}${fill ? ` fill="${fill}"` : ''}>${body}</text>`
			);
		}
	);
}

/** Draws the pages into one PDF. Resolves with the file's bytes. */
export function writePdf(
	pages: readonly PdfPage[],
	fonts: PdfFonts,
	info: PdfInfo
): Promise<Uint8Array> {
	if (pages.length === 0) return Promise.reject(new Error('writePdf: no pages to write'));
	const { width: pw, height: ph } = info.page;
	if (!(pw > 0 && ph > 0)) return Promise.reject(new RangeError(`bad page size ${pw} × ${ph} pt`));
	// No default font: the standard fonts are not embedded and cannot write Japanese.
	const doc = new PDFDocument({
		autoFirstPage: false,
		font: null,
		lang: info.lang,
		displayTitle: true,
		info: { Title: info.title, Producer: 'Tieline', Creator: 'Tieline' }
	});
	doc.registerFont(REGULAR, fonts.regular);
	doc.registerFont(BOLD, fonts.bold);
	const chunks: Uint8Array[] = [];
	const done = new Promise<Uint8Array>((resolve, reject) => {
		doc.on('data', (c: Uint8Array) => chunks.push(c));
		doc.on('end', () => {
			const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
			let at = 0;
			for (const c of chunks) {
				out.set(c, at);
				at += c.length;
			}
			resolve(out);
		});
		doc.on('error', reject);
	});
	try {
		for (const p of pages) drawPage(doc, p, info);
		doc.end();
	} catch (e) {
		return Promise.reject(e);
	}
	return done;
}

function drawPage(doc: PdfKitDocument, p: PdfPage, info: PdfInfo) {
	const { width: pw, height: ph } = info.page;
	doc.addPage({ size: [pw, ph], margin: 0 });
	const words = p.heading || p.caption || p.note;
	const m = words ? (info.margin ?? Math.min(pw, ph) * 0.045) : 0;
	let y = m;
	const textWidth = pw - 2 * m;
	const line = (font: string, size: number, colour: string, text: string, gap: number) => {
		doc
			.font(font)
			.fontSize(size)
			.fillColor(themeColour(colour, info.theme ?? 'colour'));
		doc.text(text, m, y, { width: textWidth, lineGap: size * 0.15 });
		y = doc.y + gap;
	};
	const s = Math.min(pw, ph) / 540;
	if (p.heading) line(REGULAR, 10 * s, MUTED, p.heading, 4 * s);
	if (p.caption) line(BOLD, 15 * s, INK, p.caption, 4 * s);
	if (p.note) line(REGULAR, 8 * s, MUTED, p.note, 2 * s);
	// The picture keeps its shape, centred in the space left.
	const boxH = ph - y - m;
	const size = p.size ?? {
		width: Math.round((textWidth * 96) / 72),
		height: Math.round((boxH * 96) / 72)
	};
	const k = Math.min(textWidth / size.width, boxH / size.height);
	const x0 = m + (textWidth - size.width * k) / 2;
	const y0 = y + (boxH - size.height * k) / 2;
	// Without its own width and height the picture fills the box it is given (its viewBox kept).
	const svg = splitHalos(p.picture(size)).replace(
		/(<svg [^>]*?)\swidth="[^"]*" height="[^"]*"/,
		'$1'
	);
	SVGtoPDF(doc, svg, x0, y0, {
		width: size.width * k,
		height: size.height * k,
		assumePt: true,
		fontCallback: (_family: string, bold: boolean) => (bold ? BOLD : REGULAR),
		warningCallback: () => {}
	});
}
