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
		{
			selector: 'edge.cmp-removed',
			style: { ...halo(TIME_MARKS.removed.color, TIME_MARKS.removed.sign), opacity: 0.4 }
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
