import type { Confidence } from '../schema/common.ts';
import type { TieKind } from '../schema/tie.ts';
import type { TieStatus } from '../time/lifecycle.ts';

/**
 * How each kind of tie is drawn. Colour comes from the Okabe–Ito palette; width and arrowhead are
 * a second cue that survives greyscale and colour-blindness. Line pattern is kept for status, so
 * the two never fight. Shared by the screen, the legend and the image exports.
 */
export interface KindStyle {
	color: string;
	width: number;
	/** Cytoscape arrow shape at the target, or 'none' for undirected kinds. */
	arrow: 'none' | 'triangle' | 'vee' | 'triangle-backcurve' | 'circle' | 'tee' | 'chevron';
	/** Dark outline drawn around light colours so they read on white. */
	outline?: string;
}

export const KIND_STYLES: Record<TieKind, KindStyle> = {
	'defense-treaty': { color: '#0072B2', width: 7, arrow: 'none' },
	agreement: { color: '#56B4E9', width: 4, arrow: 'none' },
	'diplomatic-relations': { color: '#8C8C8C', width: 1.5, arrow: 'none' },
	'arms-transfer': { color: '#D55E00', width: 4, arrow: 'triangle' },
	'technology-transfer': { color: '#E69F00', width: 3, arrow: 'vee' },
	'troop-deployment': { color: '#CC79A7', width: 5, arrow: 'triangle-backcurve' },
	// Past the eight Okabe–Ito colours: Tol's wine and indigo, told apart from their neighbours by
	// width too (the widest arrowed line; the thinnest line without an arrowhead but one).
	'weapons-deployment': { color: '#882255', width: 6, arrow: 'triangle' },
	'joint-exercise': { color: '#332288', width: 2.5, arrow: 'none' },
	membership: { color: '#009E73', width: 1.5, arrow: 'circle' },
	sanctions: { color: '#F0E442', width: 4, arrow: 'tee', outline: '#7A7000' },
	assessment: { color: '#000000', width: 1.5, arrow: 'chevron' }
};

export type LinePattern = 'solid' | 'dashed' | 'dotted';

export const STATUS_PATTERNS: Record<TieStatus, LinePattern> = {
	'in-force': 'solid',
	active: 'solid',
	signed: 'dashed',
	suspended: 'dotted'
};

/** Opacity by confidence; `alleged` also carries a "?" marker on the line. */
export const CONFIDENCE_OPACITY: Record<Confidence, number> = {
	confirmed: 1,
	reported: 0.85,
	alleged: 0.45
};

/** A tie whose confidence is not given (relaxed data) is drawn in full; its details say so. */
export function confidenceOpacity(confidence: Confidence | undefined): number {
	return confidence ? CONFIDENCE_OPACITY[confidence] : 1;
}

export const NODE_STYLE = {
	stateFill: '#FFFFFF',
	stateBorder: '#1F2937',
	orgFill: '#F3F4F6',
	orgBorder: '#6B7280',
	text: '#111827',
	size: 56
} as const;

export const FONT_STACK =
	'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Yu Gothic UI", "Noto Sans CJK JP", "Noto Sans JP", sans-serif';

/**
 * Marks for looking at time: ghosts, range and comparison. Each mark pairs a coloured halo with a
 * text sign on the line, so it survives greyscale and never borrows the line pattern (status).
 */
export const TIME_MARKS = {
	began: { color: '#009E73', sign: '+' },
	ended: { color: '#CC79A7', sign: '×' },
	added: { color: '#009E73', sign: '+' },
	removed: { color: '#D55E00', sign: '−' },
	changed: { color: '#E69F00', sign: 'Δ' }
} as const;
export type TimeMark = keyof typeof TIME_MARKS;

/** The background of the picture: drawn faintly by default, so alliances and flows read first. */
export const CONTEXT_KINDS: readonly TieKind[] = ['diplomatic-relations', 'membership'];
