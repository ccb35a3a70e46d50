import { describe, expect, it } from 'vitest';
import { decodeViewSpec, type DecodeContext } from '../../../src/lib/core/view/url-decode.ts';
import { encodeViewSpec } from '../../../src/lib/core/view/url-encode.ts';
import { defaultSpec, keepUnchanged, ViewSpec } from '../../../src/lib/core/view/view-spec.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';

const ids: Record<string, 'actor' | 'tie' | 'event'> = {
	RUS: 'actor',
	PRK: 'actor',
	JPN: 'actor',
	'rus-prk-2024-treaty': 'tie',
	'usa-jpn-1960-treaty': 'tie',
	'putin-visit-2024': 'event'
};
const ctx: DecodeContext = {
	defaults: defaultSpec('2024-12-10'),
	span: { start: isoToDay('1925-01-01')!, end: isoToDay('2026-12-02')! },
	kindOf: (id) => ids[id] ?? null
};
const decode = (search: string) => decodeViewSpec(search, ctx);

/** A view with every field away from its default. */
const full: ViewSpec = {
	time: { mode: 'compare', anchor: '2019-01-01', at: '2024-12-10' },
	ghosts: true,
	context: 'full',
	isolated: 'show',
	pairs: 'all',
	expanded: ['PRK~RUS', 'JPN~PRK'],
	filter: {
		hiddenKinds: ['diplomatic-relations', 'membership'],
		minConfidence: 'reported',
		hiddenActors: ['JPN']
	},
	selection: { type: 'tie', id: 'rus-prk-2024-treaty' },
	picks: { how: 'path', actors: ['RUS', 'PRK'], ties: ['rus-prk-2024-treaty'] },
	lang: 'ja',
	panels: { side: false, details: true, table: false, bar: false },
	timeBar: { from: '1990-01-01', to: '2025-01-01' },
	camera: { zoom: 1.25, x: -120.5, y: 33 },
	lens: 'dyad',
	dyad: { a: 'RUS', b: 'PRK' },
	multiples: ['1961-07-11', '2024-12-10'],
	layout: 'map',
	theme: 'print'
};

describe('the view spec in the URL', () => {
	it('writes only what differs from a fresh visit, and always the date', () => {
		expect(encodeViewSpec(ctx.defaults)).toBe('?at=2024-12-10');
	});

	it('round-trips a view with every field set', () => {
		const search = encodeViewSpec(full);
		expect(search).toBe(
			'?compare=2019-01-01..2024-12-10&ghosts=1&ctx=full&iso=show&pairs=all&open=PRK~RUS,JPN~PRK&hide=diplomatic-relations,membership&conf=reported' +
				'&xa=JPN&sel=rus-prk-2024-treaty&pick=path&pa=RUS,PRK&pt=rus-prk-2024-treaty&lang=ja' +
				'&closed=side,table,bar&win=1990-01-01..2025-01-01&cam=1.25,-120.5,33' +
				'&lens=dyad&dyad=RUS.PRK&mx=1961-07-11,2024-12-10&layout=map&theme=print'
		);
		const back = decode(search);
		expect(back.problems).toEqual([]);
		expect(back.spec).toEqual(full);
		expect(ViewSpec.safeParse(back.spec).success).toBe(true);
	});

	it('round-trips each field on its own', () => {
		const variants: Partial<ViewSpec>[] = [
			{ time: { mode: 'range', anchor: '1950-06-25', at: '1953-07-27' } },
			{ time: { mode: 'instant', at: '1961-07-11' } },
			{ ghosts: true },
			{ filter: { ...ctx.defaults.filter, minConfidence: 'confirmed' } },
			{ selection: { type: 'event', id: 'putin-visit-2024' } },
			{ selection: { type: 'actor', id: 'RUS' } },
			{ selection: { type: 'pair', id: 'PRK~RUS' } },
			{ pairs: 'all' },
			{ expanded: ['PRK~RUS'] },
			{ picks: { how: 'manual', actors: ['RUS'], ties: null } },
			{ picks: { how: 'kind', actors: [], ties: ['usa-jpn-1960-treaty'] } },
			{ panels: { side: true, details: false, table: true, bar: true } },
			{ panels: { side: true, details: true, table: true, bar: false } },
			{ camera: { zoom: 0.5, x: 0, y: 0 } },
			{ lens: 'matrix', multiples: 'decades' },
			{ lens: 'dyad', dyad: { a: 'JPN', b: '*' } },
			{ dyad: { a: 'PRK', b: 'RUS' } }
		];
		for (const v of variants) {
			const spec = { ...ctx.defaults, ...v };
			expect(decode(encodeViewSpec(spec))).toEqual({ spec, problems: [] });
		}
	});

	it('writes a range lower date first, whichever end the cursor is', () => {
		const spec = {
			...ctx.defaults,
			time: { mode: 'range' as const, anchor: '2000-01-01', at: '1990-01-01' }
		};
		expect(encodeViewSpec(spec)).toBe('?from=1990-01-01&to=2000-01-01');
	});

	it.each([
		['at=1995-13-01', 'at', 'invalid', '2024-12-10'],
		['at=', 'at', 'invalid', '2024-12-10'],
		['at=1900-01-01', 'at', 'outside', '1925-01-01'],
		['at=1924-12-31', 'at', 'outside', '1925-01-01'],
		['compare=2019-01-01..2024-12-10..2025-01-01', 'compare', 'invalid', '2024-12-10'],
		['compare=2019-01-01', 'compare', 'invalid', '2024-12-10'],
		['compare=2019-01-01..3000-01-01', 'compare', 'outside', '2026-12-02'],
		['from=2000-01-01', 'from/to', 'invalid', '2024-12-10'],
		['from=1800-01-01&to=1990-01-01', 'from/to', 'outside', '1925-01-01'],
		['ghosts=yes', 'ghosts', 'invalid', '0'],
		['ctx=loud', 'ctx', 'invalid', 'quiet'],
		['iso=yes', 'iso', 'invalid', 'hide'],
		['pairs=some', 'pairs', 'invalid', 'one'],
		['open=RUS~PRK', 'open', 'unknown-id', '—'],
		['open=PRK~ATLANTIS', 'open', 'unknown-id', '—'],
		['open=,', 'open', 'invalid', '—'],
		['sel=RUS~RUS', 'sel', 'unknown-id', '—'],
		['hide=,', 'hide', 'invalid', '—'],
		['hide=alliance', 'hide', 'unknown-id', '—'],
		['conf=sure', 'conf', 'invalid', 'alleged'],
		['xa=ATLANTIS', 'xa', 'unknown-id', '—'],
		['xa=rus-prk-2024-treaty', 'xa', 'unknown-id', '—'],
		['sel=nothing-here', 'sel', 'unknown-id', '—'],
		['pick=lasso&pa=RUS', 'pick', 'invalid', 'manual'],
		['pa=RUS,NOPE', 'pa', 'unknown-id', '—'],
		['pt=PRK', 'pt', 'unknown-id', '—'],
		['lang=fr', 'lang', 'invalid', 'en'],
		['closed=legend', 'closed', 'unknown-id', '—'],
		['win=2000-01-01..1990-01-01', 'win', 'invalid', '—'],
		['win=1990', 'win', 'invalid', '—'],
		['cam=1,2', 'cam', 'invalid', '—'],
		['cam=0,0,0', 'cam', 'invalid', '—'],
		['cam=a,b,c', 'cam', 'invalid', '—'],
		['utm_source=mail', 'utm_source', 'unknown-param', '—'],
		['at=2000-01-01&compare=2019-01-01..2024-12-10', 'at', 'conflict', '—'],
		['lens=map', 'lens', 'invalid', 'graph'],
		['dyad=RUS', 'dyad', 'invalid', '—'],
		['dyad=RUS.RUS', 'dyad', 'invalid', '—'],
		['dyad=RUS.PRK.JPN', 'dyad', 'invalid', '—'],
		['dyad=RUS.ATLANTIS', 'dyad', 'unknown-id', '—'],
		['dyad=*.RUS', 'dyad', 'unknown-id', '—'],
		['mx=1961-13-01', 'mx', 'invalid', '—'],
		['mx=1800-01-01', 'mx', 'outside', '1925-01-01'],
		['mx=,', 'mx', 'invalid', '—']
	])('reports %s and falls back, field by field', (search, param, reason, shown) => {
		const { spec, problems } = decode(`?${search}`);
		expect(problems).toContainEqual(expect.objectContaining({ param, reason, shown }));
		expect(ViewSpec.safeParse(spec).success).toBe(true);
	});

	it('keeps the readable fields of a link when others are bad', () => {
		const { spec, problems } = decode('?at=1961-07-11&lang=xx&hide=membership,bogus&sel=RUS');
		expect(spec.time).toEqual({ mode: 'instant', at: '1961-07-11' });
		expect(spec.lang).toBe('en');
		expect(spec.filter.hiddenKinds).toEqual(['membership']);
		expect(spec.selection).toEqual({ type: 'actor', id: 'RUS' });
		expect(problems.map((p) => p.param)).toEqual(['hide', 'lang']);
	});

	it('reads the lens, the dyad and the multiples, keeping the days it can read', () => {
		const { spec, problems } = decode(
			'?lens=matrix&dyad=RUS.*&mx=2024-12-10,1961-07-11,bad,1961-07-11'
		);
		expect(spec.lens).toBe('matrix');
		expect(spec.dyad).toEqual({ a: 'RUS', b: '*' });
		expect(spec.multiples).toEqual(['1961-07-11', '2024-12-10']);
		expect(problems).toEqual([{ param: 'mx', value: 'bad', reason: 'invalid', shown: '—' }]);
	});

	it('reads the map layout, and falls back to the schematic one on an unknown word', () => {
		expect(decode('?layout=map').spec.layout).toBe('map');
		expect(encodeViewSpec({ ...ctx.defaults, layout: 'map' })).toBe('?at=2024-12-10&layout=map');
		const { spec, problems } = decode('?layout=globe');
		expect(spec.layout).toBe('schematic');
		expect(problems).toEqual([
			{ param: 'layout', value: 'globe', reason: 'invalid', shown: 'schematic' }
		]);
	});

	it('reads the greyscale and print themes, and falls back to colour on an unknown word', () => {
		for (const theme of ['greyscale', 'print'] as const) {
			const search = encodeViewSpec({ ...ctx.defaults, theme });
			expect(search).toBe(`?at=2024-12-10&theme=${theme}`);
			expect(decode(search)).toEqual({
				spec: { ...ctx.defaults, theme },
				problems: []
			});
		}
		expect(encodeViewSpec(ctx.defaults)).not.toContain('theme');
		const { spec, problems } = decode('?theme=sepia');
		expect(spec.theme).toBe('colour');
		expect(problems).toEqual([
			{ param: 'theme', value: 'sepia', reason: 'invalid', shown: 'colour' }
		]);
	});

	it('brings an out-of-span range inside and says what it shows', () => {
		const { spec, problems } = decode('?from=1900-01-01&to=1950-01-01');
		expect(spec.time).toEqual({ mode: 'range', anchor: '1925-01-01', at: '1950-01-01' });
		expect(problems).toEqual([
			{ param: 'from/to', value: '1900-01-01', reason: 'outside', shown: '1925-01-01' }
		]);
	});

	it('cuts a very long value to a readable length', () => {
		const { problems } = decode(`?sel=${'x'.repeat(10_000)}`);
		expect(problems[0].value.length).toBeLessThanOrEqual(41);
		expect(problems[0].value.endsWith('…')).toBe(true);
	});

	it('never throws on hostile input', () => {
		for (const s of ['?%', '?at=%E0%A4%A', '?cam=1e999,0,0', '?pa=' + ',,,'.repeat(1000), '??at']) {
			expect(() => decode(s)).not.toThrow();
		}
	});
});

describe('the analysis panel in the URL', () => {
	const withTool: ViewSpec = {
		...ctx.defaults,
		filter: { ...ctx.defaults.filter, hiddenStatuses: ['signed', 'suspended'] },
		tool: {
			id: 'paths',
			params: {
				source: 'JPN',
				target: 'RUS',
				at: '2024-12-10',
				kinds: ['defense-treaty', 'agreement']
			}
		}
	};

	it('writes the tool, its parameters and the statuses hidden, and reads them back', () => {
		const search = encodeViewSpec(withTool);
		expect(search).toBe(
			'?at=2024-12-10&xs=signed,suspended&tool=paths' +
				'&tp=source:JPN,target:RUS,at:2024-12-10,kinds:defense-treaty+agreement'
		);
		expect(decode(search)).toEqual({ spec: withTool, problems: [] });
		expect(ViewSpec.safeParse(withTool).success).toBe(true);
	});

	it('takes the dates a hand-written link leaves out from the view', () => {
		const ego = decode('?at=2024-12-10&tool=ego&tp=actor:PRK,ownTies:1');
		expect(ego.problems).toEqual([]);
		expect(ego.spec.tool).toEqual({
			id: 'ego',
			params: { actor: 'PRK', at: '2024-12-10', ownTies: true }
		});
		const measures = decode('?from=1990-01-01&to=2000-01-01&tool=measures');
		expect(measures.spec.tool!.params).toEqual({ from: '1990-01-01', to: '2000-01-01' });
		const range = decode(
			'?at=2024-12-10&tool=paths&tp=source:JPN,target:RUS,mode:range,from:1950-01-01'
		);
		expect(range.spec.tool!.params).toMatchObject({ from: '1950-01-01', to: '2024-12-10' });
		expect(range.spec.tool!.params.at).toBeUndefined();
	});

	it('writes nothing for no tool and no status hidden', () => {
		expect(encodeViewSpec({ ...ctx.defaults, tool: undefined })).toBe('?at=2024-12-10');
		expect(decode('?at=2024-12-10').spec.tool).toBeUndefined();
	});

	it.each([
		['tool=lasso', 'tool', 'unknown-id', 'lasso'],
		['tool=paths&tp=source:JPN', 'tp', 'invalid', 'target: Invalid input: expected string, …'],
		['tool=ego&tp=actor:ATLANTIS,at:2024-12-10', 'tp', 'unknown-id', 'actor:ATLANTIS'],
		[
			'tool=ego&tp=actor:PRK,at:2024-12-10,hops:x',
			'tp',
			'invalid',
			'hops: "x" is not a whole number'
		],
		['tp=actor:PRK', 'tp', 'conflict', 'actor:PRK'],
		['xs=ended', 'xs', 'unknown-id', 'ended']
	])('reports %s and leaves it out', (search, param, reason, value) => {
		const { spec, problems } = decode(`?at=2024-12-10&${search}`);
		expect(problems).toContainEqual({ param, reason, value, shown: '—' });
		expect(spec.tool).toBeUndefined();
		expect(spec.filter.hiddenStatuses).toBeUndefined();
	});
});

describe('keepUnchanged', () => {
	it("keeps the fields that equal the view before as that view's own objects, and no other", () => {
		const before = defaultSpec('2000-01-01');
		const same = JSON.parse(JSON.stringify(before)) as ViewSpec;
		const after = { ...same, time: { mode: 'instant' as const, at: '2001-01-01' } };
		const kept = keepUnchanged(before, after);
		expect(kept).toEqual(after);
		expect(kept.filter).toBe(before.filter);
		expect(kept.picks).toBe(before.picks);
		expect(kept.panels).toBe(before.panels);
		expect(kept.time).toBe(after.time);
		expect(kept.time).not.toEqual(before.time);
	});
});
