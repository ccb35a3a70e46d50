import { describe, expect, it } from 'vitest';
import { matrixSeries, multipleDays } from '../../../src/lib/core/analysis/matrix-series.ts';
import { matrixAt } from '../../../src/lib/core/analysis/matrix-tool.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { NO_FILTER } from '../../../src/lib/core/view/view-spec.ts';
import { tinyGraph } from './tiny-graph.ts';

// W1–W2 allied from 1990 (suspended 2000–2001), W1 → W2 arms (alleged) from 1995 still open;
// E1 exists from 1995 and has relations with W2; Z never has a tie.
const g = tinyGraph(
	['W1', 'W2', { id: 'E1', from: '1995' }, 'Z'],
	[
		{
			id: 'pact',
			kind: 'defense-treaty',
			parties: ['W1', 'W2'],
			signed: '1990',
			inForce: '1990',
			suspended: [{ from: '2000', to: '2001' }]
		},
		{
			id: 'arms',
			kind: 'arms-transfer',
			parties: ['W1', 'W2'],
			from: '1995',
			confidence: 'alleged'
		},
		{ id: 'rel', parties: ['E1', 'W2'], from: '1996' }
	]
);
const cell = (r: ReturnType<typeof matrixAt>, row: string, col: string) =>
	r.cells.find((c) => c.row === row && c.col === col)?.kinds;

describe('matrix cells through the filter', () => {
	it('shows the status of each kind: a suspended treaty is suspended in the cell', () => {
		const r = matrixAt(g, { at: '2000-06-01', kinds: [], order: 'id' });
		expect(cell(r, 'W1', 'W2')).toEqual([
			{ kind: 'defense-treaty', status: 'suspended', ties: ['pact'] },
			{ kind: 'arms-transfer', status: 'active', ties: ['arms'] }
		]);
		expect(cell(r, 'W2', 'W1')).toEqual([
			{ kind: 'defense-treaty', status: 'suspended', ties: ['pact'] }
		]);
	});

	it('drops what the filter hides: kinds, low confidence, actors taken out', () => {
		const at = { at: '2002-01-01', kinds: [], order: 'id' as const };
		const confirmed = matrixAt(g, at, { ...NO_FILTER, minConfidence: 'confirmed' });
		expect(cell(confirmed, 'W1', 'W2')).toEqual([
			{ kind: 'defense-treaty', status: 'in-force', ties: ['pact'] }
		]);
		const noTreaties = matrixAt(g, at, { ...NO_FILTER, hiddenKinds: ['defense-treaty'] });
		expect(cell(noTreaties, 'W2', 'W1')).toBeUndefined();
		const noE1 = matrixAt(g, at, { ...NO_FILTER, hiddenActors: ['E1'] });
		expect(noE1.actors).toEqual(['W1', 'W2', 'Z']);
		expect(noE1.cells.some((c) => c.row === 'E1' || c.col === 'E1')).toBe(false);
		// Without a filter the tool is unchanged.
		expect(matrixAt(g, at, NO_FILTER)).toEqual(matrixAt(g, at));
	});

	it('a disconnected actor has a row and a column but no cell', () => {
		const r = matrixAt(g, { at: '2002-01-01', kinds: [], order: 'blocs' });
		expect(r.actors).toContain('Z');
		expect(r.cells.some((c) => c.row === 'Z' || c.col === 'Z')).toBe(false);
	});
});

describe('small multiples', () => {
	const span = { start: isoToDay('1925-01-01')!, end: isoToDay('2026-12-02')! };

	it('steps back ten years from the date in view as far as the data goes, oldest first', () => {
		expect(multipleDays('decades', isoToDay('2024-12-10')!, span)).toEqual([
			'1934-12-10',
			'1944-12-10',
			'1954-12-10',
			'1964-12-10',
			'1974-12-10',
			'1984-12-10',
			'1994-12-10',
			'2004-12-10',
			'2014-12-10',
			'2024-12-10'
		]);
		expect(multipleDays('decades', span.start, span)).toEqual(['1925-01-01']);
	});

	it('sorts chosen days and keeps each once, at most twelve', () => {
		expect(multipleDays(['2000-01-01', '1990-01-01', '2000-01-01'], 0, span)).toEqual([
			'1990-01-01',
			'2000-01-01'
		]);
		const many = Array.from({ length: 15 }, (_, i) => `${1990 + i}-01-01`);
		expect(multipleDays(many, 0, span)).toHaveLength(12);
	});

	it('gives every frame one order: the last day’s, then actors only earlier days have', () => {
		const s = matrixSeries(g, ['1991-01-01', '2002-01-01'], []);
		expect(s.frames.map((f) => f.date)).toEqual(['1991-01-01', '2002-01-01']);
		expect(s.actors).toEqual(s.frames[1].actors);
		expect(s.frames[0].actors).not.toContain('E1');
		expect(s.actors).toContain('E1');
		expect(matrixSeries(g, [], []).actors).toEqual([]);
	});
});
