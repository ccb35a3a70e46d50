import type { Lang } from '../../schema/common.ts';
import { FONT_STACK } from '../../visual/encoding.ts';
import { wrapLabel } from '../../visual/label-wrap.ts';
import { scopeCaption, writeSvg } from '../image/svg.ts';
import { escapeXml as x } from '../xml.ts';
import type { SpecPicture } from './spec-picture.ts';
import type { BaseMap } from '../../map/projection.ts';
import { themeSvg } from '../../visual/theme.ts';

export interface FrameOptions {
	lang: Lang;
	/** The base map, drawn under a view on the map layout. */
	baseMap?: BaseMap;
	width: number;
	height: number;
	/** A line above the picture (a story's title); empty for none. */
	title: string;
	/** Words under the picture (a scene's caption), wrapped to fit; empty for none. */
	subtitle: string;
	/**
	 * The date (or range) in large type under the picture instead of small above it, for a
	 * playback, where the date is what moves.
	 */
	dateBand?: boolean;
	/** The numbered sources under the picture. */
	footnotes: boolean;
}

/** At most this many lines of subtitle; a longer one is cut with an ellipsis. */
const MAX_LINES = 4;

/** The subtitle's lines and font size for a frame of this size. */
export function subtitleLines(
	text: string,
	o: Pick<FrameOptions, 'lang' | 'width' | 'height'>,
	scale = 22
): { lines: string[]; size: number } {
	const u = Math.max(o.width, o.height * 1.4) / 1400;
	const size = scale * u;
	const room = o.width - 2 * 28 * u;
	// Average advance of a character: about half an em in Latin text, a full em in Japanese.
	const wide = /[\u3000-\u9FFF\uFF00-\uFFEF]/.test(text);
	const max = Math.max(8, Math.floor(room / (size * (wide ? 1.02 : 0.52))));
	// Japanese sentences start on a line of their own: a break inside a word reads badly.
	const sentences = wide ? text.trim().split(/(?<=。)/) : [text.trim()];
	let lines = sentences.flatMap((sentence) => wrapLabel(sentence, max));
	if (lines.length > MAX_LINES)
		lines = [...lines.slice(0, MAX_LINES - 1), `${lines[MAX_LINES - 1]}…`];
	return { lines, size };
}

/**
 * One frame of a video: the SVG writer's picture (date caption and legend drawn in), with a
 * story scene's caption as subtitles in a band of its own below, so the picture is never
 * covered by them.
 */
export function frameSvg(picture: SpecPicture, o: FrameOptions): string {
	const image = {
		lang: o.lang,
		width: o.width,
		background: '#ffffff',
		title: o.title,
		caption: !o.dateBand,
		legend: true,
		footnotes: o.footnotes,
		marks: picture.marks,
		captionText: picture.captionText,
		layout: picture.layout,
		theme: picture.theme,
		pairs: picture.pairs,
		...(picture.layout === 'map' && o.baseMap && { baseMap: o.baseMap })
	};
	const words = o.dateBand
		? (picture.captionText ?? scopeCaption(picture.scope, o.lang))
		: o.subtitle.trim();
	if (!words) return writeSvg(picture.scope, { ...image, height: o.height });
	const { lines, size } = subtitleLines(words, o, o.dateBand ? 34 : 22);
	const lead = size * 1.35;
	const pad = size * 0.8;
	const band = Math.round(lines.length * lead + 2 * pad);
	const inner = writeSvg(picture.scope, { ...image, height: o.height - band }).replace(
		/^<\?xml[^>]*>\s*/,
		''
	);
	const left = 28 * (Math.max(o.width, o.height * 1.4) / 1400);
	const top = o.height - band;
	const text = lines.map(
		(line, i) =>
			`<text x="${left.toFixed(1)}" y="${(top + pad + size + i * lead).toFixed(1)}" font-size="${size.toFixed(1)}"${o.dateBand ? ' font-weight="700"' : ''}>${x(line)}</text>`
	);
	const frame = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="${x(FONT_STACK)}" fill="#111827" lang="${o.lang}">`,
		`<rect width="${o.width}" height="${o.height}" fill="#ffffff"/>`,
		inner,
		`<g class="subtitle"><rect y="${top}" width="${o.width}" height="${band}" fill="#f3f4f6"/>`,
		...text,
		'</g>',
		'</svg>',
		''
	].join('\n');
	// The subtitle band follows the picture's theme too.
	return themeSvg(frame, picture.theme);
}
