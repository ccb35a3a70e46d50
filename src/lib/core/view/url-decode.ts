import { CONFIDENCES, type Confidence } from '../schema/common.ts';
import { TIE_KINDS } from '../schema/tie.ts';
import { dayToIso, isoToDay } from '../time/partial-date.ts';
import {
	CameraSpec,
	LAYOUTS,
	LENSES,
	PICK_HOWS,
	THEMES,
	type Theme,
	type Layout,
	type Lens,
	type PickHow,
	type PanelsSpec,
	type Selection,
	type ViewSpec
} from './view-spec.ts';
import { ANALYSIS_PARAMS, decodeAnalysis } from './url-analysis.ts';
import { pairKey, parsePairKey } from './pairs.ts';

/** Why a value of a link was not used as it stands. */
export type UrlReason = 'invalid' | 'outside' | 'unknown-id' | 'unknown-param' | 'conflict';

/** A value of a link that was ignored or changed, and what is shown instead. */
export interface UrlProblem {
	param: string;
	/** The value as given, cut to a readable length. */
	value: string;
	reason: UrlReason;
	/** What the view shows instead: a date, a list, or a word for "nothing" (`—`). */
	shown: string;
}

export interface DecodeContext {
	/** The view a link's missing or unreadable values fall back to. */
	defaults: ViewSpec;
	/** The days the data covers; dates outside are brought inside. */
	span: { start: number; end: number };
	/** What an id names in the data, if anything. */
	kindOf(id: string): 'actor' | 'tie' | 'event' | null;
	/** The kinds of tie the data in view has (its manifest's); Tieline's own where not given. */
	kinds?: readonly string[];
}

const KNOWN = new Set([
	...'at from to compare ghosts ctx iso pairs open hide conf xa sel pick pa pt lang closed win cam lens dyad mx layout theme'.split(
		' '
	),
	...ANALYSIS_PARAMS
]);
const PANELS = ['side', 'details', 'table', 'bar'] as const;
const MAX_SHOWN = 40;

export const cut = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);

/**
 * Reads a link into a view spec, field by field: a value that cannot be used falls back to the
 * default (or is brought inside the data's span) and is reported, so a bad link never breaks the
 * page and never fails silently.
 */
export function decodeViewSpec(
	search: string,
	ctx: DecodeContext
): { spec: ViewSpec; problems: UrlProblem[] } {
	const q = new URLSearchParams(search);
	const problems: UrlProblem[] = [];
	const report = (param: string, value: string, reason: UrlReason, shown: string) =>
		problems.push({ param, value: cut(value), reason, shown: cut(shown) });
	const spec: ViewSpec = structuredClone(ctx.defaults);
	const { start, end } = ctx.span;

	/** A day inside the span, or null when unreadable (reported either way). */
	const day = (param: string, text: string, fallback: string): string | null => {
		const d = isoToDay(text);
		if (d === null) {
			report(param, text, 'invalid', fallback);
			return null;
		}
		if (d < start || d > end) {
			const inside = dayToIso(Math.min(Math.max(d, start), end));
			report(param, text, 'outside', inside);
			return inside;
		}
		return dayToIso(d);
	};
	/** `A..B` with exactly two readable dates. */
	const pair = (param: string, text: string, fallback: string): [string, string] | null => {
		const parts = text.split('..');
		if (parts.length !== 2) {
			report(param, text, 'invalid', fallback);
			return null;
		}
		const a = day(param, parts[0], fallback);
		const b = a === null ? null : day(param, parts[1], fallback);
		return a !== null && b !== null ? [a, b] : null;
	};
	/** A comma list whose items must each pass; an empty list is itself reported. */
	const list = <T extends string>(param: string, ok: (item: string) => boolean, shown: string) => {
		const text = q.get(param)!;
		const items = text.split(',').filter(Boolean);
		if (items.length === 0) report(param, text, 'invalid', shown);
		const good: T[] = [];
		for (const item of items) {
			if (!ok(item)) report(param, item, 'unknown-id', shown);
			else if (!good.includes(item as T)) good.push(item as T);
		}
		return good;
	};

	for (const key of new Set(q.keys()))
		if (!KNOWN.has(key)) report(key, q.get(key) ?? '', 'unknown-param', '—');

	// Time: a comparison wins over a range, and either over a single date.
	const at = q.get('at');
	const from = q.get('from');
	const to = q.get('to');
	const compare = q.get('compare');
	const instantAt = at !== null ? day('at', at, ctx.defaults.time.at) : null;
	if (instantAt) spec.time = { mode: 'instant', at: instantAt };
	const shownAt = spec.time.at;
	if (compare !== null) {
		const ab = pair('compare', compare, shownAt);
		if (ab) spec.time = { mode: 'compare', anchor: ab[0], at: ab[1] };
	}
	if (from !== null || to !== null) {
		if (spec.time.mode === 'compare')
			report('from/to', `${from ?? ''}..${to ?? ''}`, 'conflict', '—');
		else {
			const ab = pair('from/to', `${from ?? ''}..${to ?? ''}`, shownAt);
			if (ab)
				spec.time = {
					mode: 'range',
					anchor: ab[0] < ab[1] ? ab[0] : ab[1],
					at: ab[0] < ab[1] ? ab[1] : ab[0]
				};
		}
	}
	if (at !== null && spec.time.mode !== 'instant') report('at', at, 'conflict', '—');

	const ghosts = q.get('ghosts');
	if (ghosts !== null) {
		if (ghosts === '1' || ghosts === '0') spec.ghosts = ghosts === '1';
		else report('ghosts', ghosts, 'invalid', '0');
	}
	const context = q.get('ctx');
	if (context !== null) {
		if (context === 'quiet' || context === 'full') spec.context = context;
		else report('ctx', context, 'invalid', ctx.defaults.context);
	}
	const isolated = q.get('iso');
	if (isolated !== null) {
		if (isolated === 'hide' || isolated === 'show') spec.isolated = isolated;
		else report('iso', isolated, 'invalid', ctx.defaults.isolated);
	}
	const pairs = q.get('pairs');
	if (pairs !== null) {
		if (pairs === 'one' || pairs === 'all') spec.pairs = pairs;
		else report('pairs', pairs, 'invalid', ctx.defaults.pairs);
	}
	const isActor = (id: string) => ctx.kindOf(id) === 'actor';
	/** A pair of two actors the data knows, written in its one spelling (`PRK~RUS`). */
	const isPair = (key: string) => {
		const ab = parsePairKey(key);
		return !!ab && isActor(ab[0]) && isActor(ab[1]) && pairKey(ab[0], ab[1]) === key;
	};
	if (q.has('open')) spec.expanded = list('open', isPair, '—');
	if (q.has('hide'))
		spec.filter.hiddenKinds = list('hide', (k) => (ctx.kinds ?? TIE_KINDS).includes(k), '—');
	const conf = q.get('conf');
	if (conf !== null) {
		if ((CONFIDENCES as readonly string[]).includes(conf))
			spec.filter.minConfidence = conf as Confidence;
		else report('conf', conf, 'invalid', ctx.defaults.filter.minConfidence);
	}
	if (q.has('xa')) spec.filter.hiddenActors = list('xa', isActor, '—');

	const sel = q.get('sel');
	if (sel !== null) {
		const type = ctx.kindOf(sel) ?? (isPair(sel) ? 'pair' : null);
		if (type) spec.selection = { type, id: sel } satisfies Selection;
		else report('sel', sel, 'unknown-id', '—');
	}

	const pick = q.get('pick');
	let how: PickHow = 'manual';
	if (pick !== null) {
		if ((PICK_HOWS as readonly string[]).includes(pick)) how = pick as PickHow;
		else report('pick', pick, 'invalid', 'manual');
	}
	if (q.has('pa') || q.has('pt')) {
		const actors = q.has('pa') ? list('pa', isActor, '—') : [];
		const listed = q.has('pt') ? list('pt', (id) => ctx.kindOf(id) === 'tie', '—') : [];
		// A pick that names nothing readable is no pick at all.
		const ties = listed.length ? listed : null;
		if (actors.length || ties) spec.picks = { how, actors, ties };
	}

	const lang = q.get('lang');
	if (lang !== null) {
		if (lang === 'en' || lang === 'ja') spec.lang = lang;
		else report('lang', lang, 'invalid', ctx.defaults.lang);
	}
	if (q.has('closed')) {
		const closed = list<keyof PanelsSpec>(
			'closed',
			(p) => (PANELS as readonly string[]).includes(p),
			'—'
		);
		for (const p of closed) spec.panels[p] = false;
	}
	const win = q.get('win');
	if (win !== null) {
		const ab = pair('win', win, '—');
		if (ab && ab[0] < ab[1]) spec.timeBar = { from: ab[0], to: ab[1] };
		else if (ab) report('win', win, 'invalid', '—');
	}
	const cam = q.get('cam');
	if (cam !== null) {
		const [zoom, x, y] = cam.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
		const parsed = CameraSpec.safeParse({ zoom, x, y });
		if (cam.split(',').length === 3 && parsed.success) spec.camera = parsed.data;
		else report('cam', cam, 'invalid', '—');
	}
	decodeAnalysis(q, spec, report, isActor, ctx.kinds);

	const lens = q.get('lens');
	if (lens !== null) {
		if ((LENSES as readonly string[]).includes(lens)) spec.lens = lens as Lens;
		else report('lens', lens, 'invalid', ctx.defaults.lens);
	}
	const layout = q.get('layout');
	if (layout !== null) {
		if ((LAYOUTS as readonly string[]).includes(layout)) spec.layout = layout as Layout;
		else report('layout', layout, 'invalid', ctx.defaults.layout);
	}
	const theme = q.get('theme');
	if (theme !== null) {
		if ((THEMES as readonly string[]).includes(theme)) spec.theme = theme as Theme;
		else report('theme', theme, 'invalid', ctx.defaults.theme);
	}
	const dyad = q.get('dyad');
	if (dyad !== null) {
		const [a, b, ...rest] = dyad.split('.');
		if (rest.length || !a || !b || a === b) report('dyad', dyad, 'invalid', '—');
		else if (!isActor(a) || (b !== '*' && !isActor(b))) report('dyad', dyad, 'unknown-id', '—');
		else spec.dyad = { a, b };
	}
	const mx = q.get('mx');
	if (mx !== null) {
		if (mx === 'decades') spec.multiples = 'decades';
		else {
			const days = mx.split(',').filter(Boolean);
			const read = days.map((d) => day('mx', d, '—')).filter((d): d is string => d !== null);
			const unique = [...new Set(read)].sort();
			if (unique.length > 12) report('mx', mx, 'invalid', unique.slice(0, 12).join(','));
			if (unique.length) spec.multiples = unique.slice(0, 12);
			else if (days.length === 0) report('mx', mx, 'invalid', '—');
		}
	}
	return { spec, problems };
}
