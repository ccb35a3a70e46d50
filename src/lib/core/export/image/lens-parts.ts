import type { Lang } from '../../schema/common.ts';
import { t } from '../../i18n/messages.ts';
import { escapeXml as x } from '../xml.ts';

/** A legend entry of the dyad timeline or the matrix: a small sample and its words. */
export interface LegendItem {
	sample:
		| 'bar'
		| 'signed'
		| 'hatch'
		| 'fuzzy'
		| 'tail'
		| 'faint'
		| 'diamond'
		| 'line'
		| 'square'
		| 'square-signed'
		| 'square-hatch'
		| 'note';
	color: string;
	label: string;
}

const f = (n: number) => n.toFixed(1);

/**
 * Shared paint: fades for dates known only to the month or year (white over the bar, so it
 * reads on the white page), and a hatch for suspended ties (a pattern, so it survives greyscale).
 */
export function svgDefs(u: number): string {
	const s = 5 * u;
	return [
		'<defs>',
		'<linearGradient id="fade-in" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="0.95"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient>',
		'<linearGradient id="fade-out" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff" stop-opacity="0.95"/></linearGradient>',
		`<pattern id="hatch" width="${f(s)}" height="${f(s)}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="${f(s)}" height="${f(s)}" fill="#fff"/><line x1="0" y1="0" x2="0" y2="${f(s)}" stroke="#374151" stroke-width="${f(1.6 * u)}"/></pattern>`,
		'</defs>'
	].join('');
}

function sample(item: LegendItem, x0: number, y: number, u: number): string {
	const w = 26 * u;
	const h = 9 * u;
	const top = y - h;
	const c = item.color;
	switch (item.sample) {
		case 'bar':
			return `<rect x="${f(x0)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" fill="${c}"/>`;
		case 'faint':
			return `<rect x="${f(x0)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" fill="${c}" opacity="0.45"/>`;
		case 'signed':
			return `<rect x="${f(x0)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" fill="${c}" fill-opacity="0.22" stroke="${c}" stroke-width="${f(1.2 * u)}" stroke-dasharray="${f(4 * u)} ${f(2.5 * u)}"/>`;
		case 'hatch':
			return `<rect x="${f(x0)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" fill="url(#hatch)" stroke="${c}" stroke-width="${f(1.2 * u)}" stroke-dasharray="${f(1.5 * u)} ${f(2 * u)}"/>`;
		case 'fuzzy':
			return `<rect x="${f(x0)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" fill="${c}"/><rect x="${f(x0)}" y="${f(top)}" width="${f(w * 0.6)}" height="${f(h)}" fill="url(#fade-in)"/><path d="M${f(x0)},${f(y)} V${f(y + 2 * u)} H${f(x0 + w * 0.6)} V${f(y)}" fill="none" stroke="#374151" stroke-width="${f(0.9 * u)}"/>`;
		case 'tail':
			return `<rect x="${f(x0)}" y="${f(top)}" width="${f(w * 0.4)}" height="${f(h)}" fill="${c}"/><rect x="${f(x0 + w * 0.4)}" y="${f(top)}" width="${f(w * 0.6)}" height="${f(h)}" fill="${c}" fill-opacity="0.35"/><rect x="${f(x0 + w * 0.4)}" y="${f(top)}" width="${f(w * 0.6)}" height="${f(h)}" fill="url(#fade-out)"/>`;
		case 'diamond': {
			const cx = x0 + w / 2;
			const cy = y - h / 2;
			const s = 5 * u;
			return `<path d="M${f(cx)},${f(cy - s)} L${f(cx + s)},${f(cy)} L${f(cx)},${f(cy + s)} L${f(cx - s)},${f(cy)} Z" fill="${c}"/>`;
		}
		case 'line':
			return `<line x1="${f(x0 + w / 2)}" x2="${f(x0 + w / 2)}" y1="${f(top - 3 * u)}" y2="${f(y + 3 * u)}" stroke="${c}" stroke-width="${f(2 * u)}"/>`;
		case 'square':
			return `<rect x="${f(x0 + w / 2 - h / 2)}" y="${f(top)}" width="${f(h)}" height="${f(h)}" fill="${c}"/>`;
		case 'square-signed':
			return `<rect x="${f(x0 + w / 2 - h / 2)}" y="${f(top)}" width="${f(h)}" height="${f(h)}" fill="#fff" stroke="${c}" stroke-width="${f(1.5 * u)}"/>`;
		case 'square-hatch':
			return `<rect x="${f(x0 + w / 2 - h / 2)}" y="${f(top)}" width="${f(h)}" height="${f(h)}" fill="url(#hatch)" stroke="${c}" stroke-width="${f(1.2 * u)}"/>`;
		case 'note':
			return '';
	}
}

/** Width of a text in pixels, roughly: CJK characters count about twice a Latin one. */
export function textWidth(text: string, size: number): number {
	let units = 0;
	for (const ch of text) units += /[\u2E80-\uFFEF]/.test(ch) ? 1.9 : 1;
	return units * size * 0.55;
}

/**
 * A legend that flows in rows across the width, so it takes little height under a picture.
 * Returns the SVG (drawn from y = 0) and its height.
 */
export function flowLegend(
	items: LegendItem[],
	box: { x: number; width: number },
	u: number,
	lang: Lang
): { svg: string; height: number } {
	if (items.length === 0) return { svg: '', height: 0 };
	const fs = 12 * u;
	const row = 19 * u;
	const parts = [`<g class="legend" font-size="${f(fs)}">`];
	const heading = t(lang, 'legend');
	parts.push(`<text x="${f(box.x)}" y="${f(row * 0.75)}" font-weight="700">${x(heading)}</text>`);
	let cx = box.x + textWidth(heading, fs) + 14 * u;
	let y = row * 0.75;
	for (const item of items) {
		const w = (item.sample === 'note' ? 0 : 32 * u) + textWidth(item.label, fs) + 16 * u;
		if (cx + w > box.x + box.width && cx > box.x + 40 * u) {
			cx = box.x;
			y += row;
		}
		parts.push(sample(item, cx, y, u));
		const tx = cx + (item.sample === 'note' ? 0 : 32 * u);
		parts.push(
			`<text x="${f(tx)}" y="${f(y)}"${item.sample === 'note' ? ' fill="#374151"' : ''}>${x(item.label)}</text>`
		);
		cx += w;
	}
	parts.push('</g>');
	return { svg: parts.join(''), height: y + row * 0.5 };
}

/**
 * The frame both lens pictures start from: the size check, the scale `u` (1 at 1100 × 640), the
 * margin, and the title and caption lines at the top; `top` is where the picture itself begins.
 */
export function lensHead(
	o: { width: number; height: number; title: string; caption: boolean },
	caption: () => string,
	gapAfterCaption: number
): { u: number; m: number; head: string[]; top: number } {
	if (!(o.width >= 16 && o.height >= 16))
		throw new RangeError(`image size must be at least 16 × 16 px, got ${o.width} × ${o.height}`);
	const u = Math.max(0.85, Math.min(o.width / 1100, o.height / 640));
	const m = 12 * u;
	const head: string[] = [];
	let top = m;
	if (o.title) {
		top += 22 * u;
		head.push(
			`<text x="${f(m)}" y="${f(top)}" font-size="${f(22 * u)}" font-weight="700">${x(o.title)}</text>`
		);
		top += 6 * u;
	}
	if (o.caption) {
		top += 17 * u;
		head.push(
			`<text class="caption" x="${f(m)}" y="${f(top)}" font-size="${f(16 * u)}" fill="#374151">${x(caption())}</text>`
		);
		top += gapAfterCaption * u;
	}
	return { u, m, head, top };
}
