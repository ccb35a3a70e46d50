import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { DisplayState, type DisplayContext } from '../../../src/lib/core/view/display.ts';
import { ViewModel } from '../../../src/lib/core/view/view-model.ts';
import { defaultSpec } from '../../../src/lib/core/view/view-spec.ts';
import { TIE_KINDS } from '../../../src/lib/core/schema/tie.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const ALL = { all: true, ties: [], actors: [] };
const ctx: DisplayContext = { lang: 'en', ghosts: false, selection: null, contextFull: true };
const classes = (d: DisplayState, kind: 'tie' | 'actor' | 'pair', id: string) =>
	d.get(kind, id)!.classes.split(' ').filter(Boolean);

describe('display state and patches', () => {
	it('draws everything once, then patches only what a step changed', () => {
		const vm = new ViewModel(graph, defaultSpec('1996-09-30'));
		const d = new DisplayState();
		const first = d.update(vm, ALL, ctx);
		expect(first.length).toBe(graph.data.actors.length + graph.data.ties.length);
		expect(classes(d, 'tie', 'ussr-prk-1961-treaty')).toEqual(['status-in-force']);
		expect(d.update(vm, ALL, ctx)).toEqual([]);

		const { delta } = vm.step(isoToDay('1996-10-01')!);
		const patches = d.update(vm, delta, ctx);
		expect(patches).toEqual([
			{ kind: 'tie', id: 'ussr-prk-1961-treaty', classes: 'absent', leave: true }
		]);
		const back = vm.step(isoToDay('1996-09-30')!);
		expect(d.update(vm, back.delta, ctx)).toEqual([
			{ kind: 'tie', id: 'ussr-prk-1961-treaty', classes: 'status-in-force', enter: true }
		]);
	});

	it('relabels an actor whose name changes, in the language in view', () => {
		const vm = new ViewModel(graph, defaultSpec('1991-12-25'));
		const d = new DisplayState();
		d.update(vm, ALL, { ...ctx, lang: 'ja' });
		expect(d.get('actor', 'RUS')!.label).toBe('ソ連\nSUN');
		const { delta } = vm.step(isoToDay('1991-12-26')!);
		const p = d.update(vm, delta, { ...ctx, lang: 'ja' });
		expect(p.find((x) => x.id === 'RUS')?.label).toBe('ロシア\nRUS');
	});

	it('shows ghosts, filters, picks (dimming the rest) and the focus', () => {
		const vm = new ViewModel(graph, {
			...defaultSpec('2024-12-10'),
			filter: { hiddenKinds: ['membership'], minConfidence: 'alleged', hiddenActors: [] },
			picks: { how: 'path', actors: ['RUS', 'PRK'], ties: ['rus-prk-2024-treaty'] }
		});
		const d = new DisplayState();
		const sel = { type: 'tie' as const, id: 'rus-prk-2024-treaty' };
		d.update(vm, ALL, { ...ctx, ghosts: true, selection: sel });
		expect(classes(d, 'tie', 'rus-prk-2024-treaty')).toEqual(['status-in-force', 'pick', 'focus']);
		expect(classes(d, 'tie', 'ussr-prk-1961-treaty')).toEqual(['absent', 'ghost']);
		expect(classes(d, 'actor', 'RUS')).toContain('pick');
		expect(classes(d, 'actor', 'USA')).toContain('dim');
		const membership = vm.ties.length
			? [...vm.allInScope()].find((t) => t.tie.kind === 'membership')
			: undefined;
		expect(membership).toBeDefined();
		expect(classes(d, 'tie', membership!.tie.id)).toContain('filtered');
		const other = vm.ties.find((t) => t.tie.id !== 'rus-prk-2024-treaty')!;
		expect(classes(d, 'tie', other.tie.id)).toContain('dim');
	});

	it('draws relations and memberships faintly unless asked for in full', () => {
		const vm = new ViewModel(graph, defaultSpec('2024-12-10'));
		const d = new DisplayState();
		d.update(vm, ALL, { ...ctx, contextFull: false });
		const relation = vm.ties.find((t) => t.tie.kind === 'diplomatic-relations')!;
		expect(classes(d, 'tie', relation.tie.id)).toContain('quiet');
		expect(classes(d, 'tie', 'rus-prk-2024-treaty')).not.toContain('quiet');
		const full = d.update(vm, { all: false, ties: [], actors: [] }, ctx);
		expect(full.find((p) => p.id === relation.tie.id)?.classes).not.toContain('quiet');
	});

	it('takes out actors with no tie drawn, and brings them back when one is', () => {
		const onlyTreaties = {
			hiddenKinds: TIE_KINDS.filter((k) => k !== 'defense-treaty'),
			minConfidence: 'alleged' as const,
			hiddenActors: []
		};
		const vm = new ViewModel(graph, { ...defaultSpec('1996-09-30'), filter: onlyTreaties });
		const d = new DisplayState();
		d.update(vm, ALL, ctx);
		expect(classes(d, 'actor', 'RUS')).toEqual([]);
		expect(classes(d, 'actor', 'POL')).toEqual(['absent', 'isolated']);
		// The 1961 treaty was Russia's last defence treaty in view: it leaves with it.
		const { delta } = vm.step(isoToDay('1996-10-01')!);
		const patches = d.update(vm, delta, ctx);
		expect(patches.find((p) => p.id === 'RUS')).toMatchObject({
			classes: 'absent isolated',
			leave: true
		});
		expect(classes(d, 'actor', 'PRK')).toEqual([]);
		const back = d.update(vm, vm.step(isoToDay('2024-06-19')!).delta, ctx);
		expect(back.find((p) => p.id === 'RUS')).toMatchObject({ classes: '', enter: true });
		// Kept on request, and a selected actor always stays.
		d.update(vm, ALL, { ...ctx, keepIsolated: true });
		expect(classes(d, 'actor', 'POL')).toEqual([]);
		d.update(vm, ALL, { ...ctx, selection: { type: 'actor', id: 'POL' } });
		expect(classes(d, 'actor', 'POL')).toEqual(['focus']);
	});

	it('marks a comparison on the picture', () => {
		const vm = new ViewModel(graph, {
			...defaultSpec('2024-12-10'),
			time: { mode: 'compare', anchor: '2019-01-01', at: '2024-12-10' }
		});
		const d = new DisplayState();
		d.update(vm, ALL, ctx);
		expect(classes(d, 'tie', 'rus-prk-2024-treaty')).toEqual(['status-in-force', 'cmp-added']);
	});

	it('draws the ties of a pair as one line that says what is in it, and opens on demand', () => {
		const vm = new ViewModel(graph, defaultSpec('2024-12-10'));
		const d = new DisplayState();
		const one = { ...ctx, pairs: { mode: 'one' as const, expanded: [] } };
		d.update(vm, ALL, one);
		const pair = d.get('pair', 'PRK~RUS')!;
		expect(pair.classes.split(' ')).toEqual(['pair', 'kind-defense-treaty', 'status-in-force']);
		expect(pair.label).toBe('×12');
		expect(pair.title!.split('\n')[0]).toBe('DPRK – Russia: 12 ties');
		expect(pair.title).toContain('• Russia–DPRK Treaty on Comprehensive Strategic Partnership');
		expect(classes(d, 'tie', 'rus-prk-2024-treaty')).toEqual(['status-in-force', 'in-pair']);
		// A pair of one tie is the tie itself.
		expect(d.get('pair', 'POL~RUS')).toBeUndefined();

		const open = d.update(vm, ALL, { ...one, pairs: { mode: 'one', expanded: ['PRK~RUS'] } });
		expect(open).toContainEqual(
			expect.objectContaining({ kind: 'pair', id: 'PRK~RUS', classes: 'pair absent', leave: true })
		);
		expect(classes(d, 'tie', 'rus-prk-2024-treaty')).toEqual(['status-in-force']);
		d.update(vm, ALL, { ...ctx, pairs: { mode: 'all', expanded: [] } });
		expect(classes(d, 'pair', 'JPN~USA')).toEqual(['pair', 'absent']);
	});

	it('keeps pairs right through a date step', () => {
		const vm = new ViewModel(graph, defaultSpec('2024-06-18'));
		const d = new DisplayState();
		const one = { ...ctx, pairs: { mode: 'one' as const, expanded: [] } };
		d.update(vm, ALL, one);
		const before = d.get('pair', 'PRK~RUS')!.label;
		const patches = d.update(vm, vm.step(isoToDay('2024-12-10')!).delta, one);
		expect(patches.find((p) => p.kind === 'pair' && p.id === 'PRK~RUS')?.label).toBe('×12');
		expect(before).not.toBe('×12');
		expect(classes(d, 'tie', 'rus-prk-2024-treaty')).toContain('in-pair');
	});

	it('fades what is not connected to a selected actor or pair', () => {
		const vm = new ViewModel(graph, defaultSpec('2024-12-10'));
		const d = new DisplayState();
		const one = { ...ctx, pairs: { mode: 'one' as const, expanded: [] } };
		d.update(vm, ALL, { ...one, selection: { type: 'pair', id: 'PRK~RUS' } });
		expect(classes(d, 'pair', 'PRK~RUS')).toContain('focus');
		expect(classes(d, 'pair', 'PRK~RUS')).not.toContain('faded');
		expect(classes(d, 'pair', 'JPN~USA')).toContain('faded');
		expect(classes(d, 'actor', 'RUS')).not.toContain('faded');
		expect(classes(d, 'actor', 'USA')).toContain('faded');
		d.update(vm, ALL, { ...one, selection: { type: 'actor', id: 'JPN' } });
		expect(classes(d, 'pair', 'JPN~USA')).not.toContain('faded');
		expect(classes(d, 'pair', 'PRK~RUS')).toContain('faded');
		expect(classes(d, 'actor', 'USA')).not.toContain('faded');
		// A tie opened from a pair's list lights the pair it is drawn in.
		d.update(vm, ALL, { ...one, selection: { type: 'tie', id: 'rus-prk-2024-treaty' } });
		expect(classes(d, 'pair', 'PRK~RUS')).toContain('focus');
	});

	it('shows what changed inside a pair in a comparison', () => {
		const vm = new ViewModel(graph, {
			...defaultSpec('2024-12-10'),
			time: { mode: 'compare', anchor: '2019-01-01', at: '2024-12-10' }
		});
		const d = new DisplayState();
		d.update(vm, ALL, { ...ctx, pairs: { mode: 'one', expanded: [] } });
		const pair = d.get('pair', 'PRK~RUS')!;
		expect(pair.classes).toContain('cmp-changed');
		expect(pair.label).toMatch(/^\+\d+ −\d+$/);
		expect(pair.title).toContain('+ Russia–DPRK Treaty on Comprehensive Strategic Partnership');
	});
});
