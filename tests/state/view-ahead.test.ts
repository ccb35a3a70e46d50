import { describe, expect, it } from 'vitest';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { defaultSpec } from '../../src/lib/core/view/view-spec.ts';
import { makeViewAhead, takeViewAhead } from '../../src/lib/state/view-ahead.ts';
import { validSynthetic } from '../../bench/synthetic.ts';

describe('the view made ahead of the explorer', () => {
	const graph = new TemporalGraph(validSynthetic(40, 300));

	it('is taken once, by an explorer opening with an equal spec', () => {
		const made = makeViewAhead(graph, defaultSpec('1980-01-01'));
		expect(made.ties.length).toBeGreaterThan(0);
		expect(takeViewAhead(graph, defaultSpec('1980-01-01'))).toBe(made);
		expect(takeViewAhead(graph, defaultSpec('1980-01-01'))).toBeNull();
	});

	it('is not taken for another spec, nor for another graph', () => {
		makeViewAhead(graph, defaultSpec('1980-01-01'));
		expect(takeViewAhead(new TemporalGraph(graph.data), defaultSpec('1980-01-01'))).toBeNull();
		expect(takeViewAhead(graph, defaultSpec('1990-01-01'))).toBeNull();
		// Nor afterwards: the explorer that opened on another day has its own view.
		expect(takeViewAhead(graph, defaultSpec('1980-01-01'))).toBeNull();
	});
});
