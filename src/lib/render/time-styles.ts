import { TIME_MARKS } from '$lib/core/visual/encoding.ts';
import type { StylesheetJson } from 'cytoscape';

export { TIME_MARKS };

export const GHOST_OPACITY = 0.13;

const halo = (color: string, sign: string) => ({
	'underlay-color': color,
	'underlay-opacity': 0.35,
	'underlay-padding': 6,
	label: sign,
	'font-size': 18,
	'font-weight': 700,
	color: '#111827',
	'text-background-color': '#FFFFFF',
	'text-background-opacity': 1,
	'text-background-padding': '2px'
});

/**
 * A pair's one line: wide enough to read as a bundle, in its leading kind's colour, with a badge
 * saying how many ties it holds or what changed inside it. After the time styles, so the badge
 * (`+11 −3`) replaces the single sign a tie would carry.
 */
export function pairStyles(): StylesheetJson {
	return [
		{
			selector: 'edge.pairline',
			style: {
				width: 7,
				'target-arrow-shape': 'none',
				'line-outline-width': 0,
				label: 'data(label)',
				// The badge is a target too: a click on it opens the pair, however dense the lines.
				'text-events': 'yes',
				'font-size': 26,
				'font-weight': 700,
				color: '#111827',
				'text-background-color': '#FFFFFF',
				'text-background-opacity': 1,
				'text-background-padding': '4px',
				'text-background-shape': 'roundrectangle',
				'text-border-color': '#6B7280',
				'text-border-width': 1,
				'text-border-opacity': 1,
				// Moved along the line, off labels and other badges (badge-places.ts). Cytoscape maps
				// data() for any number, but its types allow it only for some.
				'text-margin-x': 'data(bx)' as unknown as number,
				'text-margin-y': 'data(by)' as unknown as number
			}
		},
		{ selector: 'edge.pairline.dir-ab', style: { 'target-arrow-shape': 'triangle' } },
		{ selector: 'edge.pairline.dir-ba', style: { 'source-arrow-shape': 'triangle' } },
		{ selector: 'edge.pairline.quiet', style: { width: 2, opacity: 0.3, 'font-size': 18 } },
		{ selector: 'edge.pairline.quiet.focus', style: { opacity: 1 } },
		{ selector: 'edge.pairline.dim', style: { opacity: 0.12 } },
		{ selector: 'edge.pairline.cmp-added', style: { width: 9 } }
	];
}

export function timeStyles(): StylesheetJson {
	return [
		// Ghosts: what does not exist at the date stays in place, faint and not clickable.
		{
			selector: '.ghost',
			style: { display: 'element', opacity: GHOST_OPACITY, events: 'no' }
		},
		{ selector: 'node.actor.ghost', style: { opacity: 0.3 } },
		{ selector: 'edge.ghost', style: { label: '' } },
		{ selector: 'edge.rng-began', style: halo(TIME_MARKS.began.color, TIME_MARKS.began.sign) },
		{ selector: 'edge.rng-ended', style: halo(TIME_MARKS.ended.color, TIME_MARKS.ended.sign) },
		{
			selector: 'edge.rng-began.rng-ended',
			style: { 'underlay-color': '#6B7280', label: TIME_MARKS.began.sign + TIME_MARKS.ended.sign }
		},
		{ selector: 'edge.cmp-added', style: halo(TIME_MARKS.added.color, TIME_MARKS.added.sign) },
		// Added ties drawn bold in their kind's colour.
		{ selector: 'edge.tie.cmp-added', style: { width: 7 } },
		{
			// A removed tie is a ghost (a pale line), but its sign stays clear: no element opacity,
			// which would fade the "−" with it.
			selector: 'edge.cmp-removed',
			style: {
				...halo(TIME_MARKS.removed.color, TIME_MARKS.removed.sign),
				'line-color': '#C9CDD3',
				'target-arrow-color': '#C9CDD3',
				'source-arrow-color': '#C9CDD3',
				'font-size': 22,
				color: TIME_MARKS.removed.color,
				opacity: 1
			}
		},
		{
			selector: 'edge.cmp-changed',
			style: halo(TIME_MARKS.changed.color, TIME_MARKS.changed.sign)
		},
		{ selector: 'node.hub.cmp-removed', style: { opacity: 0.4 } },
		// A fading tie: drawn, but on its way out (or not yet in).
		{ selector: '.tie.fading, .tie.leaving', style: { opacity: 0, events: 'no' } }
	];
}
