import { TIE_KINDS } from '../schema/tie.ts';
import type { ViewSpec } from './view-spec.ts';
import { encodeAnalysis } from './url-analysis.ts';

/** Rounds for the URL: enough to put the camera back where it was, short enough to read. */
const round = (n: number, places: number) => String(Number(n.toFixed(places)));

/**
 * The search string of a view (`?at=…&hide=…`). Only what differs from a fresh visit is written,
 * except the date, which every link names. Lists stay readable (`hide=membership,sanctions`).
 */
export function encodeViewSpec(spec: ViewSpec): string {
	const p: [string, string][] = [];
	const { time } = spec;
	if (time.mode === 'range' && time.anchor) {
		const [a, b] = [time.anchor, time.at].sort();
		p.push(['from', a], ['to', b]);
	} else if (time.mode === 'compare' && time.anchor)
		p.push(['compare', `${time.anchor}..${time.at}`]);
	else p.push(['at', time.at]);
	if (spec.ghosts) p.push(['ghosts', '1']);
	if (spec.context !== 'quiet') p.push(['ctx', spec.context]);
	if (spec.isolated !== 'hide') p.push(['iso', spec.isolated]);
	if (spec.pairs !== 'one') p.push(['pairs', spec.pairs]);
	if (spec.expanded.length) p.push(['open', spec.expanded.join(',')]);
	const { filter } = spec;
	if (filter.hiddenKinds.length) p.push(['hide', hiddenInOrder(filter.hiddenKinds).join(',')]);
	if (filter.minConfidence !== 'alleged') p.push(['conf', filter.minConfidence]);
	if (filter.hiddenActors.length) p.push(['xa', filter.hiddenActors.join(',')]);
	if (spec.selection) p.push(['sel', spec.selection.id]);
	const { picks } = spec;
	if (picks.actors.length || picks.ties?.length) {
		if (picks.how !== 'manual') p.push(['pick', picks.how]);
		if (picks.actors.length) p.push(['pa', picks.actors.join(',')]);
		if (picks.ties?.length) p.push(['pt', picks.ties.join(',')]);
	}
	if (spec.lang !== 'en') p.push(['lang', spec.lang]);
	const closed = (['side', 'details', 'table', 'bar'] as const).filter((k) => !spec.panels[k]);
	if (closed.length) p.push(['closed', closed.join(',')]);
	if (spec.timeBar) p.push(['win', `${spec.timeBar.from}..${spec.timeBar.to}`]);
	if (spec.camera) {
		const c = spec.camera;
		p.push(['cam', `${round(c.zoom, 3)},${round(c.x, 1)},${round(c.y, 1)}`]);
	}
	if (spec.lens !== 'graph') p.push(['lens', spec.lens]);
	if (spec.dyad) p.push(['dyad', `${spec.dyad.a}.${spec.dyad.b}`]);
	if (spec.multiples)
		p.push(['mx', spec.multiples === 'decades' ? 'decades' : spec.multiples.join(',')]);
	if (spec.layout !== 'schematic') p.push(['layout', spec.layout]);
	if (spec.theme !== 'colour') p.push(['theme', spec.theme]);
	p.push(...encodeAnalysis(spec));
	// `+` stays readable in kind lists (tp=kinds:a+b); the decoder takes a space for it too.
	const text = p
		.map(
			([k, v]) =>
				`${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2B/g, '+')}`
		)
		.join('&');
	return `?${text}`;
}

/** Known kinds in their usual order, then foreign kinds by name: one link for one view. */
function hiddenInOrder(hidden: readonly string[]): string[] {
	const known = TIE_KINDS.filter((k) => hidden.includes(k));
	const foreign = hidden.filter((k) => !(TIE_KINDS as readonly string[]).includes(k)).sort();
	return [...known, ...foreign];
}
