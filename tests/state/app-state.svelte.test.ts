import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { TIE_KINDS } from '../../src/lib/core/schema/tie.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { pickKind } from '../../src/lib/state/pick-tools.ts';
import { syncUrl } from '../../src/lib/state/url-sync.svelte.ts';
import { fakeHistory } from '../support/fake-history.ts';
import { fakeRenderer } from '../support/fake-renderer.ts';

const data = loadDatasetOrThrow(readGraphData('graph-data'));
const today = isoToDay('2026-12-02')!;
const fresh = (search = '') => {
	const app = new AppState(data, today);
	app.applySearch(search);
	return app;
};

describe('AppState', () => {
	it('reproduces a view with every field from its link', () => {
		const link =
			'?compare=2019-01-01..2024-12-10&ghosts=1&ctx=full&iso=show&hide=membership&conf=reported&xa=JPN' +
			'&sel=rus-prk-2024-treaty&pick=path&pa=RUS,PRK&pt=rus-prk-2024-treaty&lang=ja' +
			'&closed=side,table,bar&win=1990-01-01..2025-01-01&cam=1.25,-120.5,33';
		const app = fresh(link);
		expect(app.notices).toEqual([]);
		expect(app.search).toBe(link);
		expect(app.mode).toBe('compare');
		expect(app.lang).toBe('ja');
		expect(app.panels).toEqual({ side: false, details: true, table: false, bar: false });
		expect(app.spec.isolated).toBe('show');
		expect(app.view.ties.every((t) => !t.tie.parties.includes('JPN'))).toBe(true);
		expect(app.timeWindow.from).toBe(isoToDay('1990-01-01'));
	});

	it('says in the page language what a bad link showed instead', () => {
		const app = fresh('?at=1900-01-01&lang=ja&hide=,');
		expect(app.day).toBe(app.span.start);
		expect(app.notices).toHaveLength(2);
		expect(app.notices[0]).toContain('1900-01-01');
		expect(app.notices[0]).toContain('1925');
		expect(app.notices[1]).toContain('すべての種類');
	});

	it('keeps the view worked out already when a link names the view on screen', () => {
		const app = new AppState(data, today);
		const { version } = app.view;
		const filter = app.filter;
		// The page opens with no link: what it hydrated with is the view.
		app.applySearch('');
		expect(app.view.version).toBe(version);
		expect(app.filter).toBe(filter);
		// A link with another language changes the words only.
		app.applySearch('?lang=ja');
		expect(app.lang).toBe('ja');
		expect(app.view.version).toBe(version);
		// A link with another date, filter or pick works the view out again.
		app.applySearch('?at=1990-01-01');
		expect(app.day).toBe(isoToDay('1990-01-01'));
		expect(app.view.version).toBeGreaterThan(version);
		const at1990 = app.view.version;
		expect(app.view.ties.some((t) => t.tie.kind === 'arms-transfer')).toBe(true);
		app.applySearch('?at=1990-01-01&hide=arms-transfer');
		expect(app.view.version).toBeGreaterThan(at1990);
		expect(app.view.ties.some((t) => t.tie.kind === 'arms-transfer')).toBe(false);
		// After a date step, a link to the same view (Back) forgets the step's changes.
		app.applySearch('?at=1990-01-01');
		app.setDay(isoToDay('1991-01-01')!);
		expect(app.lastDiff).not.toBeNull();
		app.applySearch('?at=1991-01-01');
		expect(app.lastDiff).toBeNull();
	});

	it('asks for a history entry for deliberate changes only', () => {
		const app = fresh('?at=2000-01-01');
		expect(app.takePush()).toBe(false);
		app.setDay(isoToDay('2001-01-01')!);
		expect(app.takePush()).toBe(true);
		expect(app.takePush()).toBe(false);
		app.step('month', 1, 'continuous');
		expect(app.takePush()).toBe(false);
		app.setCamera({ zoom: 2, x: 1, y: 2 });
		expect(app.takePush()).toBe(false);
		app.toggleKind('membership');
		expect(app.takePush()).toBe(true);
	});

	it('tells a linked renderer only what a date step changed', () => {
		// One line per tie: a pair's one line would change with the tie (see the next test).
		const app = fresh('?at=1996-09-30&pairs=all');
		const { r, patches } = fakeRenderer();
		app.link(r);
		expect(patches[0].length).toBe(data.actors.length + data.ties.length);
		app.setDay(isoToDay('1996-10-01')!);
		expect(patches[1]).toEqual([
			{ kind: 'tie', id: 'ussr-prk-1961-treaty', classes: 'absent', leave: true }
		]);
		expect(app.drawn.ties).toBe(app.view.ties.length);
		app.unlink(r);
		app.setDay(isoToDay('1996-09-30')!);
		expect(patches).toHaveLength(2);
	});

	it('opens a pair into its ties when one of its two ties ends, and folds it again', () => {
		const app = fresh('?at=1996-09-30');
		const { r, patches } = fakeRenderer();
		app.link(r);
		expect(patches[0]).toContainEqual(
			expect.objectContaining({ kind: 'pair', id: 'PRK~RUS', label: '×2' })
		);
		app.setDay(isoToDay('1996-10-01')!);
		expect(patches[1]).toContainEqual(
			expect.objectContaining({ kind: 'pair', id: 'PRK~RUS', leave: true })
		);
		expect(patches[1]).toContainEqual(
			expect.objectContaining({ kind: 'tie', id: 'dipl-rus-prk', classes: 'status-active quiet' })
		);
		app.setPairOpen('JPN~USA', true);
		expect(app.search).toContain('open=JPN~USA');
		app.setEveryTie(true);
		expect(app.search).toContain('pairs=all');
		expect(app.spec.expanded).toEqual([]);
	});

	it('switches the layout on the renderer, frames it whole, and keeps it in the link', () => {
		const { r, camera } = fakeRenderer();
		const layouts: string[] = [];
		r.setLayout = (l) => layouts.push(l);
		const app = fresh('?at=2000-01-01&cam=2,10,20');
		app.link(r);
		app.takePush();
		app.setLayout('map');
		expect(layouts).toEqual(['schematic', 'map']);
		expect(camera()).toBeNull();
		expect(app.search).toBe('?at=2000-01-01&layout=map');
		expect(app.takePush()).toBe(true);
		app.setDay(isoToDay('2001-01-01')!);
		expect(layouts).toHaveLength(2);
		app.applySearch('?at=2000-01-01');
		expect(layouts.at(-1)).toBe('schematic');
	});

	it('colours the picture in the theme chosen, keeps the camera, and keeps it in the link', () => {
		const { r, camera } = fakeRenderer();
		const themes: string[] = [];
		r.setTheme = (t) => themes.push(t);
		const app = fresh('?at=2000-01-01&cam=2,10,20');
		app.link(r);
		app.takePush();
		app.setTheme('greyscale');
		expect(themes).toEqual(['colour', 'greyscale']);
		expect(app.theme).toBe('greyscale');
		expect(camera()).toEqual({ zoom: 2, x: 10, y: 20 });
		expect(app.search).toBe('?at=2000-01-01&cam=2,10,20&theme=greyscale');
		expect(app.takePush()).toBe(true);
		app.setDay(isoToDay('2001-01-01')!);
		expect(themes).toHaveLength(2);
		app.applySearch('?at=2000-01-01&theme=print');
		expect(themes.at(-1)).toBe('print');
		app.applySearch('?at=2000-01-01');
		expect(themes.at(-1)).toBe('colour');
	});

	it('puts the camera from a link on the renderer, and frames all without one', () => {
		const { r, camera } = fakeRenderer();
		const app = fresh('?at=2000-01-01&cam=2,10,20');
		app.link(r);
		expect(camera()).toEqual({ zoom: 2, x: 10, y: 20 });
		app.fitCamera();
		expect(camera()).toBeNull();
		expect(app.search).toBe('?at=2000-01-01');
	});

	it('picks over what the view shows, and a pick can be cleared at once', () => {
		const app = fresh('?at=2024-12-10');
		app.runTool({ id: 'ego', params: { actor: 'PRK', at: '2024-12-10' } });
		expect(app.picks.how).toBe('neighbourhood');
		expect(app.picks.actors).toContain('RUS');
		expect(app.search).toContain('pick=neighbourhood');
		expect(app.search).toContain('tool=ego&tp=actor:PRK,at:2024-12-10');
		pickKind(app, 'defense-treaty');
		expect(app.picks.ties).toContain('rus-prk-2024-treaty');
		expect(app.view.tiePicked(app.graph.tiesById.get('usa-jpn-1960-treaty')!)).toBe(true);
		app.clearPicks();
		expect(app.view.picking).toBe(false);
		app.clearTool();
		expect(app.search).toBe('?at=2024-12-10');
	});

	it('says with names when no path joins two actors, and clears the old pick', () => {
		const app = fresh('?at=2024-12-10&lang=ja');
		app.setPicks({ how: 'manual', actors: ['RUS'], ties: null });
		app.runTool({
			id: 'paths',
			params: { source: 'POL', target: 'KOR', at: '2024-12-10', kinds: ['defense-treaty'] }
		});
		expect(app.toolMessage).toBe('2024年12月10日時点でポーランドと韓国を結ぶ経路はありません。');
		expect(app.pickError).toBe('');
		expect(app.view.picking).toBe(false);
		expect(app.tool?.id).toBe('paths');
	});

	it('lights a path and only its own ties; a hand-written link lights it too', () => {
		const search =
			'?at=2024-12-10&tool=paths&tp=source:JPN,target:RUS,at:2024-12-10,kinds:defense-treaty+agreement,excludeDirect:1';
		const app = fresh(search);
		expect(app.picks.how).toBe('path');
		expect(app.picks.actors).toContain('PRK');
		expect(app.picks.ties).toContain('rus-prk-2024-treaty');
		const ties = app.picks.ties!.map((id) => app.graph.tiesById.get(id)!);
		expect(ties.every((t) => t.kind === 'defense-treaty' || t.kind === 'agreement')).toBe(true);
		expect(ties.some((t) => t.parties.includes('JPN') && t.parties.includes('RUS'))).toBe(false);
		const own = fresh('?at=2024-12-10');
		own.runTool({ id: 'ego', params: { actor: 'PRK', at: '2024-12-10', ownTies: true } });
		const parties = own.picks.ties!.map((id) => own.graph.tiesById.get(id)!.parties);
		expect(parties.length).toBeGreaterThan(3);
		expect(parties.every((p) => p.includes('PRK'))).toBe(true);
		own.runTool({ id: 'measures', params: { from: '2020-01-01', to: '2024-01-01' } });
		expect(own.view.picking).toBe(false);
	});

	it('shows one kind alone in one action, and every kind again', () => {
		const app = fresh('?at=2024-12-10');
		app.onlyKind('defense-treaty', TIE_KINDS);
		expect(app.filter.hiddenKinds).toHaveLength(TIE_KINDS.length - 1);
		expect(app.view.ties.every((t) => t.tie.kind === 'defense-treaty')).toBe(true);
		app.onlyKind('defense-treaty', TIE_KINDS);
		expect(app.filter.hiddenKinds).toEqual([]);
		app.toggleStatus('signed');
		expect(app.search).toBe('?at=2024-12-10&xs=signed');
		expect(app.view.ties.some((t) => t.status === 'signed')).toBe(false);
		app.toggleStatus('signed');
		expect(app.search).toBe('?at=2024-12-10');
	});

	it('picks in a comparison from the ties the comparison shows', () => {
		const app = fresh('?compare=1990-01-01..2024-12-10&hide=membership');
		pickKind(app, 'defense-treaty');
		// The Soviet–DPRK treaty was removed between the two dates: the comparison shows it.
		expect(app.picks.ties).toContain('ussr-prk-1961-treaty');
		pickKind(app, 'membership');
		expect(app.pickError).not.toBe('');
	});
});

describe('the URL and history', () => {
	it('makes one entry of a quick burst of date clicks, and keeps other changes apart', () => {
		vi.useFakeTimers();
		const app = fresh('?at=2000-01-01');
		const h = fakeHistory('?at=2000-01-01');
		let clock = 0;
		const stop = syncUrl(app, h.port, 100, () => (clock += 50));
		flushSync();
		for (let i = 1; i <= 5; i++) {
			app.step('day', 1);
			flushSync();
		}
		vi.advanceTimersByTime(150);
		expect(h.stack).toEqual(['?at=2000-01-01', '?at=2000-01-06']);
		app.toggleKind('membership');
		flushSync();
		expect(h.stack).toHaveLength(3);
		stop();
		vi.useRealTimers();
	});

	it('pushes deliberate changes, replaces continuous ones, and Back walks the views', async () => {
		vi.useFakeTimers();
		const app = fresh('?at=2000-01-01');
		const h = fakeHistory('?at=2000-01-01');
		let clock = 0;
		const stop = syncUrl(app, h.port, 100, () => (clock += 1000));
		flushSync();
		app.setDay(isoToDay('1961-07-11')!);
		flushSync();
		app.toggleKind('membership');
		flushSync();
		expect(h.stack).toEqual(['?at=2000-01-01', '?at=1961-07-11', '?at=1961-07-11&hide=membership']);
		// A drag of the date: one entry, replaced as it moves, written when it settles.
		app.setDay(isoToDay('1970-01-01')!, 'deliberate');
		flushSync();
		for (let y = 1971; y < 1980; y++) {
			app.setDay(isoToDay(`${y}-01-01`)!, 'continuous');
			flushSync();
		}
		vi.advanceTimersByTime(150);
		expect(h.stack).toHaveLength(4);
		expect(h.stack[3]).toBe('?at=1979-01-01&hide=membership');

		h.go(-1);
		expect(app.search).toBe('?at=1961-07-11&hide=membership');
		h.go(-1);
		expect(app.day).toBe(isoToDay('1961-07-11'));
		expect(app.filter.hiddenKinds).toEqual([]);
		h.go(+2);
		expect(app.day).toBe(isoToDay('1979-01-01'));
		flushSync();
		vi.advanceTimersByTime(150);
		expect(h.stack).toHaveLength(4);
		stop();
		vi.useRealTimers();
	});
});

describe('the dyad timeline and the matrix in the app state', () => {
	it('opens a dyad, switches lens and picks a cell, each in the link and each a history entry', () => {
		const app = fresh('?at=2024-12-10');
		const history = fakeHistory(app.search);
		const stop = syncUrl(app, history.port);
		app.openDyad({ a: 'RUS', b: 'PRK' });
		flushSync();
		expect(history.port.current()).toBe('?at=2024-12-10&lens=dyad&dyad=RUS.PRK');
		app.setLens('matrix');
		app.setMultiples('decades');
		flushSync();
		expect(history.port.current()).toBe('?at=2024-12-10&lens=matrix&dyad=RUS.PRK&mx=decades');
		app.pickCell('PRK', 'RUS', ['rus-prk-2024-treaty', 'prk-rus-troops-2024']);
		flushSync();
		expect(app.picks).toEqual({
			how: 'manual',
			actors: ['PRK', 'RUS'],
			ties: ['rus-prk-2024-treaty', 'prk-rus-troops-2024']
		});
		expect(app.selection).toEqual({ type: 'tie', id: 'rus-prk-2024-treaty' });
		expect(history.stack).toHaveLength(4);
		history.go(-1);
		flushSync();
		expect(app.lens).toBe('matrix');
		expect(app.picks.ties).toBeNull();
		history.go(-2);
		flushSync();
		expect(app.lens).toBe('graph');
		stop();
	});
});
