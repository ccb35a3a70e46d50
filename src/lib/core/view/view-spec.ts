import { z } from 'zod';
import { CONFIDENCES, LANGS } from '../schema/common.ts';
import { TIE_STATUSES } from '../time/lifecycle.ts';
import { isoToDay } from '../time/partial-date.ts';
import { THEMES } from '../visual/theme.ts';

/** A calendar day as written in links and scene files: `YYYY-MM-DD`, a real date. */
export const IsoDay = z
	.string()
	.refine((s) => isoToDay(s) !== null, 'must be a real date written YYYY-MM-DD');

const Id = z.string().min(1).max(120);

export const TIME_MODES = ['instant', 'range', 'compare'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

/**
 * How time is looked at. `at` is the cursor, the one end every way of moving the date moves: the
 * day in view, a range's end or date B of a comparison. `anchor` is the other end: a range's
 * start or date A.
 */
export const TimeSpec = z
	.strictObject({
		mode: z.enum(TIME_MODES),
		at: IsoDay,
		anchor: IsoDay.optional()
	})
	.refine((t) => t.mode === 'instant' || t.anchor !== undefined, {
		message: 'a range or a comparison needs both of its dates',
		path: ['anchor']
	});

export const FilterSpec = z.strictObject({
	/**
	 * Kinds hidden: Tieline's own or, in relaxed data, the dataset's foreign kinds (any name).
	 * Whether a kind exists in the data in view is the URL decoder's check, against the manifest.
	 */
	hiddenKinds: z.array(z.string().trim().min(1).max(120)),
	minConfidence: z.enum(CONFIDENCES),
	/** Actors taken out of the view, with every tie they are a party to. */
	hiddenActors: z.array(Id),
	/** Statuses hidden (signed, suspended…); absent is none. */
	hiddenStatuses: z.array(z.enum(TIE_STATUSES)).optional()
});

export const PICK_HOWS = ['manual', 'neighbourhood', 'kind', 'path'] as const;
export type PickHow = (typeof PICK_HOWS)[number];

/** What a person picked for study and export; `ties` is set when the pick names ties too. */
export const PickSpec = z.strictObject({
	how: z.enum(PICK_HOWS),
	actors: z.array(Id),
	ties: z.array(Id).nullable()
});

/** A pair is named by its two actors' ids, sorted and joined by `~` (`PRK~RUS`). */
export const SelectionSpec = z
	.strictObject({ type: z.enum(['actor', 'tie', 'event', 'pair']), id: z.string().min(1).max(241) })
	.nullable();

export const PanelsSpec = z.strictObject({
	side: z.boolean(),
	details: z.boolean(),
	table: z.boolean(),
	/** The time bar in full (histogram, events, every control), or a thin strip for presenting. */
	bar: z.boolean()
});

/** The stretch of days the time bar shows; null is the whole span. */
export const WindowSpec = z.strictObject({ from: IsoDay, to: IsoDay }).nullable();

/** The camera: zoom and the graph point at the centre of the picture; null is "fit it all". */
export const CameraSpec = z
	.strictObject({
		zoom: z.number().finite().min(0.05).max(20),
		x: z.number().finite(),
		y: z.number().finite()
	})
	.nullable();

/** A parameter value of a tool as a view holds it: what the tool's form gives. */
export const ToolParamValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/**
 * The analysis tool whose result the view shows, with the parameters it ran with (defaults left
 * out). The registry validates them; the spec only keeps their shape.
 */
export const ToolSpec = z.strictObject({
	id: z.string().min(1).max(40),
	params: z.record(z.string(), ToolParamValue)
});

/**
 * How the context of the picture (diplomatic relations, memberships) is drawn: faintly, so the
 * alliances and flows read first, or in full.
 */
export const CONTEXT_MODES = ['quiet', 'full'] as const;

/**
 * Actors with no tie drawn (a filter took their ties out, or none is in force yet): hidden, so the
 * picture holds only what is there, or kept in place.
 */
export const ISOLATED_MODES = ['hide', 'show'] as const;

/**
 * How the ties between two actors are drawn: one line per pair (its look says what is in it,
 * and it opens on demand), or one line per tie.
 */
export const PAIR_MODES = ['one', 'all'] as const;

/** What the main area shows: the graph, the timeline of a dyad, or the matrix. */
export const LENSES = ['graph', 'dyad', 'matrix'] as const;
export type Lens = (typeof LENSES)[number];

/**
 * Where the actors sit: the hand-placed schematic arrangement, or a base map of the region with
 * states at their capitals and organisations in a band beside it.
 */
export const LAYOUTS = ['schematic', 'map'] as const;
export type Layout = (typeof LAYOUTS)[number];

export { THEMES, type Theme } from '../visual/theme.ts';

/** The two actors of the dyad timeline; `b` is `*` for "every other actor". */
export const DyadSpec = z.strictObject({ a: Id, b: Id }).nullable();

/** The matrix's small multiples: every ten years back from the date in view, or chosen days. */
export const MultiplesSpec = z
	.union([z.literal('decades'), z.array(IsoDay).min(1).max(12)])
	.nullable();

/** Everything that makes a view. The URL, and later scene files, are codecs of this. */
export const ViewSpec = z.strictObject({
	time: TimeSpec,
	ghosts: z.boolean(),
	context: z.enum(CONTEXT_MODES),
	isolated: z.enum(ISOLATED_MODES),
	pairs: z.enum(PAIR_MODES),
	/** Pairs drawn tie by tie while the others stay one line (pair keys, `PRK~RUS`). */
	expanded: z.array(z.string().min(3).max(241)),
	filter: FilterSpec,
	selection: SelectionSpec,
	picks: PickSpec,
	lang: z.enum(LANGS),
	panels: PanelsSpec,
	timeBar: WindowSpec,
	camera: CameraSpec,
	// ——— analysis panel ———
	/** The analysis tool running and its parameters; absent is none. */
	tool: ToolSpec.optional(),
	// ——— lenses ———
	lens: z.enum(LENSES),
	dyad: DyadSpec,
	multiples: MultiplesSpec,
	layout: z.enum(LAYOUTS),
	/** How the picture is coloured: in colour, in greys, or for print. */
	theme: z.enum(THEMES)
});

export type ViewSpec = z.infer<typeof ViewSpec>;
export type TimeSpec = z.infer<typeof TimeSpec>;
export type FilterSpec = z.infer<typeof FilterSpec>;
export type PickSpec = z.infer<typeof PickSpec>;
export type Selection = z.infer<typeof SelectionSpec>;
export type PanelsSpec = z.infer<typeof PanelsSpec>;
export type CameraSpec = z.infer<typeof CameraSpec>;
export type WindowSpec = z.infer<typeof WindowSpec>;
export type ToolSpec = z.infer<typeof ToolSpec>;
export type ToolParamValue = z.infer<typeof ToolParamValue>;
export type DyadSpec = z.infer<typeof DyadSpec>;
export type MultiplesSpec = z.infer<typeof MultiplesSpec>;

export const NO_FILTER: FilterSpec = {
	hiddenKinds: [],
	minConfidence: 'alleged',
	hiddenActors: []
};
export const NO_PICKS: PickSpec = { how: 'manual', actors: [], ties: null };
export const ALL_PANELS: PanelsSpec = { side: true, details: true, table: true, bar: true };

/** The view a fresh visit opens on. */
export function defaultSpec(at: string): ViewSpec {
	return {
		time: { mode: 'instant', at },
		ghosts: false,
		context: 'quiet',
		isolated: 'hide',
		pairs: 'one',
		expanded: [],
		filter: NO_FILTER,
		selection: null,
		picks: NO_PICKS,
		lang: 'en',
		panels: ALL_PANELS,
		timeBar: null,
		camera: null,
		lens: 'graph',
		dyad: null,
		multiples: null,
		layout: 'schematic',
		theme: 'colour'
	};
}

/** The two ends of the time in view as day numbers, lower first for a range. */
export function timeDays(time: TimeSpec): { mode: TimeMode; cursor: number; anchor: number } {
	const cursor = isoToDay(time.at)!;
	const anchor = time.mode !== 'instant' && time.anchor ? isoToDay(time.anchor)! : cursor;
	return { mode: time.mode, cursor, anchor };
}

/**
 * `after`, with each field that equals `before`'s (as JSON) taken from `before`: a field kept
 * is the same object, so what depends on it has nothing to work out again (the view, the table's
 * rows, the legend's counts, when a link names the view already on screen).
 */
export function keepUnchanged(before: ViewSpec, after: ViewSpec): ViewSpec {
	const kept = { ...after } as Record<string, unknown>;
	for (const [key, value] of Object.entries(after)) {
		const old = (before as Record<string, unknown>)[key];
		if (old !== value && JSON.stringify(old) === JSON.stringify(value)) kept[key] = old;
	}
	return kept as ViewSpec;
}
