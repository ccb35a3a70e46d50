import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import type { KindEntry } from '$lib/core/io/manifest.ts';
import { TIE_KINDS } from '$lib/core/schema/tie.ts';
import {
	CONFIDENCE_OPACITY,
	FONT_STACK,
	NODE_STYLE,
	STATUS_PATTERNS
} from '$lib/core/visual/encoding.ts';
import { kindStyle } from '$lib/core/visual/kind-style.ts';
import { themeColour, themeKindStyle, type Theme } from '$lib/core/visual/theme.ts';
import { TOP_LAYER } from './elements.ts';
import { pairStyles, timeStyles } from './time-styles.ts';

/** Every kind Tieline knows, for a stylesheet made before a dataset is known. */
const ALL_KNOWN = TIE_KINDS.map((kind) => ({ kind, token: kind, colour: '', directed: false }));

/** The stylesheet for a dataset's kinds (its manifest's): classes use each kind's token. */
export function stylesheet(
	reducedMotion: boolean,
	kinds: readonly Pick<KindEntry, 'kind' | 'token' | 'colour' | 'directed'>[] = ALL_KNOWN,
	theme: Theme = 'colour'
): StylesheetJson {
	const sheet: StylesheetJson = [
		{
			selector: 'node.actor',
			style: {
				label: 'data(label)',
				'text-wrap': 'wrap',
				'text-valign': 'bottom',
				'text-margin-y': 6,
				'font-family': FONT_STACK,
				'font-size': 24,
				'font-weight': 600,
				color: NODE_STYLE.text,
				'text-background-color': '#FFFFFF',
				'text-background-opacity': 0.85,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle',
				width: NODE_STYLE.size,
				height: NODE_STYLE.size,
				'background-color': NODE_STYLE.stateFill,
				'border-width': 3,
				'border-color': NODE_STYLE.stateBorder,
				shape: 'ellipse'
			}
		},
		{
			selector: 'node.organisation',
			style: {
				shape: 'round-rectangle',
				width: 70,
				height: 40,
				'background-color': NODE_STYLE.orgFill,
				'border-color': NODE_STYLE.orgBorder,
				'border-width': 2,
				'font-size': 20,
				'font-weight': 500,
				// Labels come broken into lines (core/visual/label-wrap.ts): Cytoscape must not
				// break them again, or Japanese would lose a character to a line of its own.
				'text-max-width': '400px'
			}
		},
		{
			selector: 'node.hub',
			style: {
				shape: 'diamond',
				width: 16,
				height: 16,
				'background-color': '#FFFFFF',
				'border-width': 3
			}
		},
		{
			selector: 'edge',
			style: {
				'curve-style': 'bezier',
				'control-point-step-size': 26,
				'target-arrow-shape': 'none',
				'arrow-scale': 1.3,
				'line-cap': 'butt'
			}
		},
		{
			// A pair's one line and a lone tie bend round other actors as the images do (pair-route.ts).
			selector: 'edge[bend]',
			style: {
				'curve-style': 'unbundled-bezier',
				// Null until the line is first drawn (elements.ts, edgeBender).
				'control-point-distances': (e: EdgeSingular) => (e.data('bend') as number | null) ?? 0,
				'control-point-weights': 0.5
			}
		},
		// Stacked by the element's place in the data (elements.ts), a pair's line above the ties.
		{
			selector: 'node[z], edge[z]',
			style: { 'z-index': (e: EdgeSingular) => e.data('z') as number }
		},
		{ selector: '.absent', style: { display: 'none' } },
		{
			// A picked tie is told by the dimming of the rest; a halo on each would bury the picture.
			selector: 'node.pick, .focus',
			style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.18, 'overlay-padding': 8 }
		},
		{
			selector: 'node.actor.pick, node.actor.focus',
			style: { 'border-width': 5, 'border-color': '#0072B2' }
		},
		{
			// The tie being read stands out of a bundle: drawn on top, with a dark halo.
			selector: 'edge.focus',
			style: {
				'z-index': TOP_LAYER,
				'underlay-color': '#111827',
				'underlay-opacity': 0.35,
				'underlay-padding': 5
			}
		}
	];
	for (const { kind, token, colour, directed } of kinds) {
		const s = themeKindStyle(kindStyle(kind, { colour, directed }), theme);
		sheet.push({
			selector: `edge.kind-${token}`,
			style: {
				'line-color': s.color,
				'target-arrow-color': s.color,
				width: s.width,
				'target-arrow-shape': s.arrow,
				...(s.outline ? { 'line-outline-width': 1.5, 'line-outline-color': s.outline } : {})
			}
		});
		sheet.push({ selector: `edge.spoke.kind-${token}`, style: { 'target-arrow-shape': 'none' } });
		sheet.push({
			selector: `edge.pairline.kind-${token}`,
			style: { 'source-arrow-color': s.color }
		});
		sheet.push({ selector: `node.hub.kind-${token}`, style: { 'border-color': s.color } });
	}
	for (const [status, pattern] of Object.entries(STATUS_PATTERNS)) {
		sheet.push({
			selector: `edge.status-${status}`,
			style: {
				'line-style': pattern,
				...(pattern === 'dashed' ? { 'line-dash-pattern': [12, 7] } : {}),
				...(pattern === 'dotted' ? { 'line-dash-pattern': [2, 6] } : {})
			}
		});
	}
	for (const [conf, opacity] of Object.entries(CONFIDENCE_OPACITY)) {
		sheet.push({ selector: `.tie.conf-${conf}`, style: { opacity } });
	}
	sheet.push({
		selector: 'edge.conf-alleged',
		style: {
			label: '?',
			'font-size': 16,
			'font-weight': 700,
			color: '#111827',
			'text-background-color': '#FFFFFF',
			'text-background-opacity': 1,
			'text-background-padding': '2px'
		}
	});
	if (!reducedMotion) {
		sheet.push({
			selector: '.tie',
			style: { 'transition-property': 'opacity, line-color', 'transition-duration': 200 }
		});
	}
	sheet.push(...timeStyles());
	sheet.push(...pairStyles());
	// Relations and memberships are the background: faint and thin unless asked for in full, or
	// being read or picked.
	sheet.push(
		{ selector: '.tie.quiet', style: { opacity: 0.22, width: 1.5 } },
		{ selector: 'node.hub.quiet', style: { width: 8, height: 8 } },
		{ selector: '.tie.quiet.focus, .tie.quiet.pick', style: { opacity: 1 } }
	);
	// A pick dims what it leaves out, so what was picked reads at once; the rest stays legible.
	sheet.push(
		{ selector: '.tie.dim', style: { opacity: 0.12 } },
		{ selector: 'node.actor.dim', style: { opacity: 0.35 } }
	);
	// Selecting an actor or a pair fades what is not connected to it; hovering lights a line.
	sheet.push(
		{ selector: 'edge.faded', style: { opacity: 0.1 } },
		{ selector: 'node.actor.faded', style: { opacity: 0.3 } },
		{ selector: 'node.hub.faded', style: { opacity: 0.1 } },
		{
			selector: 'edge.hover',
			style: { 'underlay-color': '#111827', 'underlay-opacity': 0.25, 'underlay-padding': 6 }
		},
		{ selector: 'node.actor.hover', style: { 'border-color': '#0072B2', 'border-width': 5 } },
		{ selector: '.hover.faded', style: { opacity: 0.8 } }
	);
	// Last, so nothing (not even ghosts) shows a tie the person has filtered out, or a tie drawn
	// inside its pair's one line.
	sheet.push({ selector: '.tie.filtered, .tie.in-pair', style: { display: 'none' } });
	return themed(sheet, theme);
}

/** Every colour of the sheet in the theme (theme.ts), as the SVG writer recolours its pictures. */
function themed(sheet: StylesheetJson, theme: Theme): StylesheetJson {
	if (theme === 'colour') return sheet;
	return (sheet as { selector: string; style: Record<string, unknown> }[]).map((rule) => ({
		selector: rule.selector,
		style: Object.fromEntries(
			Object.entries(rule.style).map(([k, v]) => [
				k,
				typeof v === 'string' ? themeColour(v, theme) : v
			])
		)
	})) as StylesheetJson;
}
