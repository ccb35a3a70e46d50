import type { Lang } from '../../schema/common.ts';
import { CONFIDENCES } from '../../schema/common.ts';
import { vocab } from '../../i18n/vocabulary.ts';
import { t, type MessageKey } from '../../i18n/messages.ts';
import { datasetManifest, kindStyleIn } from '../../io/manifest.ts';
import {
	CONFIDENCE_OPACITY,
	NODE_STYLE,
	TIME_MARKS,
	type TimeMark
} from '../../visual/encoding.ts';
import { TIE_STATUSES, type TieStatus } from '../../time/lifecycle.ts';
import { escapeXml as x } from '../xml.ts';
import type { GraphScope } from '../scope.ts';
import { arrowHead, dashFor, unsourcedNote, type Box } from './svg-parts.ts';
import { themeKindStyle, type Theme } from '../../visual/theme.ts';

/** One line of the legend: its sample, drawn at (left, middle of the line), and its words. */
interface Entry {
	sample: (left: number, mid: number, v: number) => string;
	label: string;
	/** A sign drawn over the sample, as on screen ("?", "+"…). */
	sign?: string;
}

interface Section {
	heading: MessageKey;
	entries: Entry[];
}

const TIME_MARK_ORDER: TimeMark[] = ['added', 'removed', 'changed', 'began', 'ended'];
const MARK_LABELS = {
	added: 'cmpAdded',
	removed: 'cmpRemoved',
	changed: 'cmpChanged',
	began: 'legendBegan',
	ended: 'legendEnded'
} as const;

/** Heights of a heading and of a line, and the gap before a heading, at unit 1. */
const HEAD = 22;
const ROW = 22;
const GAP = 10;

const line =
	(stroke: string, width: number, extra = '', opacity = 1) =>
	(left: number, mid: number, v: number) =>
		`<line x1="${left.toFixed(1)}" y1="${mid.toFixed(1)}" x2="${(left + 44 * v).toFixed(1)}" y2="${mid.toFixed(1)}" stroke="${stroke}" stroke-width="${(Math.max(width * 0.8, 1.5) * v).toFixed(2)}" opacity="${opacity}"${extra}/>`;

/** What the picture shows, section by section: only kinds, statuses and the rest present. */
function sections(
	scope: GraphScope,
	statuses: Set<TieStatus>,
	lang: Lang,
	marks: ReadonlySet<TimeMark>,
	theme: Theme
) {
	const manifest = datasetManifest(scope.graph.data);
	const kinds: Entry[] = manifest.kinds
		.map((e) => e.kind)
		.filter((k) => scope.ties.some((tie) => tie.tie.kind === k))
		.map((kind) => {
			const s = themeKindStyle(kindStyleIn(manifest, kind), theme);
			return {
				sample: (left, mid, v) =>
					line(s.color, s.width)(left, mid, v) +
					(s.arrow !== 'none' ? arrowHead(s, { x: left + 50 * v, y: mid }, 1, 0, v) : ''),
				label: vocab(kind, lang)
			};
		});
	const neutral = '#374151';
	const status: Entry[] = TIE_STATUSES.filter((s) => statuses.has(s)).map((s) => ({
		sample: (left, mid, v) => {
			const dash = dashFor(s, v);
			return line(neutral, 3, dash ? ` stroke-dasharray="${dash}"` : '')(left, mid, v);
		},
		label: vocab(s, lang)
	}));
	const confidence: Entry[] = CONFIDENCES.filter((c) =>
		scope.ties.some((tie) => tie.tie.confidence === c)
	).map((c) => ({
		sample: line(neutral, 3, '', CONFIDENCE_OPACITY[c]),
		label: vocab(c, lang),
		sign: c === 'alleged' ? '?' : undefined
	}));
	const kindsOfActors = new Set(scope.actors.map((a) => a.actor.kind));
	const actors: Entry[] = [];
	if (kindsOfActors.has('state'))
		actors.push({
			sample: (left, mid, v) =>
				`<circle cx="${(left + 22 * v).toFixed(1)}" cy="${mid.toFixed(1)}" r="${(8 * v).toFixed(1)}" fill="#fff" stroke="${NODE_STYLE.stateBorder}" stroke-width="${(2 * v).toFixed(2)}"/>`,
			label: vocab('state', lang)
		});
	if (kindsOfActors.has('organisation'))
		actors.push({
			sample: (left, mid, v) =>
				`<rect x="${(left + 10 * v).toFixed(1)}" y="${(mid - 7 * v).toFixed(1)}" width="${(24 * v).toFixed(1)}" height="${(14 * v).toFixed(1)}" rx="${(4 * v).toFixed(1)}" fill="${NODE_STYLE.orgFill}" stroke="${NODE_STYLE.orgBorder}" stroke-width="${(1.5 * v).toFixed(2)}"/>`,
			label: vocab('organisation', lang)
		});
	const time: Entry[] = TIME_MARK_ORDER.filter((m) => marks.has(m)).map((mark) => ({
		sample: line(TIME_MARKS[mark].color, 10, ' stroke-opacity="0.4"'),
		label: t(lang, MARK_LABELS[mark]),
		sign: TIME_MARKS[mark].sign
	}));
	const all: Section[] = [
		{ heading: 'legendKinds', entries: kinds },
		{ heading: 'legendStatus', entries: status },
		{ heading: 'legendConfidence', entries: confidence },
		{ heading: 'legendActors', entries: actors },
		{ heading: 'legendTime', entries: time }
	];
	return all.filter((s) => s.entries.length > 0);
}

/**
 * The legend of the graph picture: kinds of tie, status, confidence, actors and time marks, each
 * under its heading. It shrinks as a whole, never dropping a line, when the box is too short.
 */
export function legend(
	scope: GraphScope,
	statuses: Set<TieStatus>,
	box: Box,
	u: number,
	lang: Lang,
	marks: ReadonlySet<TimeMark> = new Set(),
	theme: Theme = 'colour'
): string {
	const parts = sections(scope, statuses, lang, marks, theme);
	const unsourced = unsourcedNote(scope, lang);
	// A picture out of its theme's context (a printout, a slide) says how it is coloured.
	const themed =
		theme === 'colour'
			? undefined
			: t(lang, theme === 'print' ? 'themeLegendPrint' : 'themeLegendGreyscale');
	const rows =
		parts.reduce((n, s) => n + s.entries.length, 0) + (unsourced ? 1 : 0) + (themed ? 1 : 0);
	const need = parts.length * (HEAD + GAP) - GAP + rows * ROW + 8;
	const v = u * Math.min(1, box.height / (need * u));
	const out = [`<g class="legend" font-size="${(14 * v).toFixed(1)}">`];
	let y = box.y;
	parts.forEach((s, i) => {
		if (i > 0) y += GAP * v;
		y += HEAD * v;
		out.push(
			`<text class="legend-heading" x="${box.x}" y="${(y - 6 * v).toFixed(1)}" font-weight="700" font-size="${(15 * v).toFixed(1)}">${x(t(lang, s.heading))}</text>`
		);
		for (const e of s.entries) {
			y += ROW * v;
			const mid = y - 5 * v;
			out.push(e.sample(box.x, mid, v));
			if (e.sign)
				out.push(
					`<text x="${(box.x + 22 * v).toFixed(1)}" y="${y.toFixed(1)}" font-weight="700" text-anchor="middle">${x(e.sign)}</text>`
				);
			out.push(`<text x="${(box.x + 60 * v).toFixed(1)}" y="${y.toFixed(1)}">${x(e.label)}</text>`);
		}
	});
	if (unsourced) {
		y += ROW * v;
		out.push(`<text x="${box.x}" y="${y.toFixed(1)}" font-style="italic">${x(unsourced)}</text>`);
	}
	if (themed) {
		y += ROW * v;
		out.push(
			`<text class="legend-theme" data-theme="${theme}" x="${box.x}" y="${y.toFixed(1)}" font-style="italic">${x(themed)}</text>`
		);
	}
	out.push('</g>');
	return out.join('\n');
}
