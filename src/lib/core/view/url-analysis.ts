import { toolById } from '../analysis/registry.ts';
import { decodeToolParams, encodeToolParams, ToolLinkError } from '../analysis/tool-params-url.ts';
import { TIE_STATUSES, type TieStatus } from '../time/lifecycle.ts';
import type { UrlReason } from './url-decode.ts';
import type { ViewSpec } from './view-spec.ts';
import type { AnyTool } from '../analysis/tool.ts';

/** The link parameters of the analysis panel: statuses hidden, the tool and its parameters. */
export const ANALYSIS_PARAMS = ['xs', 'tool', 'tp'] as const;

export function encodeAnalysis(spec: ViewSpec): [string, string][] {
	const p: [string, string][] = [];
	const statuses = spec.filter.hiddenStatuses ?? [];
	if (statuses.length) p.push(['xs', TIE_STATUSES.filter((s) => statuses.includes(s)).join(',')]);
	const tool = spec.tool && toolById(spec.tool.id);
	if (spec.tool && tool) {
		p.push(['tool', spec.tool.id]);
		const tp = encodeToolParams(tool, spec.tool.params);
		if (tp) p.push(['tp', tp]);
	}
	return p;
}

type Report = (param: string, value: string, reason: UrlReason, shown: string) => void;

/** Reads the analysis parameters into the spec; what cannot be used is reported and left out. */
export function decodeAnalysis(
	q: URLSearchParams,
	spec: ViewSpec,
	report: Report,
	isActor: (id: string) => boolean,
	kinds?: readonly string[]
) {
	if (q.has('xs')) {
		const text = q.get('xs')!;
		const hidden: TieStatus[] = [];
		for (const s of text.split(',').filter(Boolean)) {
			if ((TIE_STATUSES as readonly string[]).includes(s)) {
				if (!hidden.includes(s as TieStatus)) hidden.push(s as TieStatus);
			} else report('xs', s, 'unknown-id', '—');
		}
		if (hidden.length) spec.filter = { ...spec.filter, hiddenStatuses: hidden };
		else if (!text) report('xs', text, 'invalid', '—');
	}
	const id = q.get('tool');
	const tp = q.get('tp');
	if (id === null) {
		if (tp !== null) report('tp', tp, 'conflict', '—');
		return;
	}
	const tool = toolById(id);
	if (!tool) return report('tool', id, 'unknown-id', '—');
	try {
		const params = decodeToolParams(tool, withViewDates(tool, tp ?? '', spec), kinds);
		const unknown = Object.entries(params).find(
			([k, v]) => tool.parameters[k].type === 'actor' && !isActor(String(v))
		);
		if (unknown) return report('tp', `${unknown[0]}:${unknown[1]}`, 'unknown-id', '—');
		spec.tool = { id, params };
	} catch (e) {
		if (!(e instanceof ToolLinkError)) throw e;
		report('tp', `${e.param}: ${e.problem}`, 'invalid', '—');
	}
}

/**
 * A hand-written link may leave out a tool's dates: they are those of the view, as the panel
 * prefills them (`tool=ego&tp=actor:PRK` looks at the date in view). Only the dates the tool's
 * other values make visible are filled, so a day's tool gets no range.
 */
function withViewDates(tool: AnyTool, text: string, spec: ViewSpec): string {
	const given = new Map(
		text
			.split(',')
			.filter(Boolean)
			.map((p) => [p.split(':')[0], p.slice(p.indexOf(':') + 1)])
	);
	const { time } = spec;
	const [lo, hi] =
		time.mode === 'instant' || !time.anchor ? [time.at, time.at] : [time.anchor, time.at].sort();
	const value = (id: string) => given.get(id) ?? tool.parameters[id]?.default;
	const added: string[] = [];
	for (const [id, p] of Object.entries(tool.parameters)) {
		if (given.has(id) || !p.fromView || p.fromView === 'actor') continue;
		const when = p.visibleWhen;
		if (when && !when.equals.map(String).includes(String(value(when.param)))) continue;
		added.push(`${id}:${p.fromView === 'date' ? time.at : p.fromView === 'range-from' ? lo : hi}`);
	}
	return [text, ...added].filter(Boolean).join(',');
}
