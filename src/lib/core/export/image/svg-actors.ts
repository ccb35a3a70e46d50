import type { Lang } from '../../schema/common.ts';
import { NODE_STYLE } from '../../visual/encoding.ts';
import { labelWidth } from '../../visual/label-wrap.ts';
import type { ScopeActor } from '../scope.ts';
import { escapeXml as x } from '../xml.ts';
import type { Point } from './geometry.ts';
import { wrapLabel } from './svg-parts.ts';
import { textExtent, type Extent } from './svg-refs.ts';

/**
 * The actors as the screen draws them: states round with their name and code under them,
 * organisations as rounded boxes with their name wrapped. Also returns the room each actor and
 * its label take, so what is placed later (footnote numbers) keeps clear of them.
 */
export function actorsSvg(
	actors: readonly ScopeActor[],
	pos: (id: string) => Point,
	k: number,
	lang: Lang
): { svg: string; extents: Extent[] } {
	const body: string[] = ['<g class="actors">'];
	const extents: Extent[] = [];
	for (const a of actors) {
		const p = pos(a.actor.id);
		const state = a.actor.kind === 'state';
		// An actor of unknown kind (relaxed data) is round, as on screen, but has no state code.
		const round = a.actor.kind !== 'organisation';
		const r = (NODE_STYLE.size / 2) * k;
		body.push(`<g data-actor="${x(a.actor.id)}" data-id="${x(a.actor.id)}">`);
		if (round) {
			body.push(
				`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${NODE_STYLE.stateFill}" stroke="${NODE_STYLE.stateBorder}" stroke-width="${(3 * k).toFixed(2)}"/>`
			);
			extents.push({ x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r });
		} else {
			body.push(
				`<rect x="${(p.x - 35 * k).toFixed(1)}" y="${(p.y - 20 * k).toFixed(1)}" width="${(70 * k).toFixed(1)}" height="${(40 * k).toFixed(1)}" rx="${(8 * k).toFixed(1)}" fill="${NODE_STYLE.orgFill}" stroke="${NODE_STYLE.orgBorder}" stroke-width="${(2 * k).toFixed(2)}"/>`
			);
			extents.push({ x1: p.x - 35 * k, x2: p.x + 35 * k, y1: p.y - 20 * k, y2: p.y + 20 * k });
		}
		const fs = (state ? 24 : 20) * k;
		const ly = p.y + (round ? r : 20 * k) + fs;
		const halo = `stroke="#fff" stroke-width="${(5 * k).toFixed(1)}" paint-order="stroke" stroke-linejoin="round"`;
		// Organisation names wrap as on screen (Cytoscape's text-max-width), one <text> per line.
		const lines = state
			? [a.name[lang], a.name.code ?? a.actor.id]
			: wrapLabel(a.name[lang], labelWidth(lang));
		// The label's room is the box round all its lines, as a reader sees one label.
		let label: Extent | null = null;
		lines.forEach((line, i) => {
			const y = state ? ly + i * fs : ly + i * fs * 1.1;
			body.push(
				`<text x="${p.x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${fs.toFixed(1)}" font-weight="${state ? 600 : 500}" text-anchor="middle" ${halo}>${x(line)}</text>`
			);
			const e = textExtent(p.x, y, line, fs);
			label = label
				? {
						x1: Math.min(label.x1, e.x1),
						y1: Math.min(label.y1, e.y1),
						x2: Math.max(label.x2, e.x2),
						y2: Math.max(label.y2, e.y2)
					}
				: e;
		});
		if (label) extents.push(label);
		body.push('</g>');
	}
	body.push('</g>');
	return { svg: body.join('\n'), extents };
}
