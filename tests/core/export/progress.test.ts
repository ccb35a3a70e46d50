import { describe, expect, it } from 'vitest';
import { writtenCounter } from '../../../src/lib/core/export/progress.ts';
import { exportText, TEXT_FORMATS } from '../../../src/lib/core/export/export-text.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import type { ImageOptions } from '../../../src/lib/core/export/image/svg.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { validSynthetic } from '../../../bench/synthetic.ts';

describe('how far a writer has got', () => {
	it('is told every so often, and when the last item is written', () => {
		let clock = 0;
		const told: [number, number][] = [];
		const tick = writtenCounter(
			1000,
			(d, t) => told.push([d, t]),
			100,
			() => clock
		);
		for (let i = 0; i < 1000; i++) {
			clock += 1; // one item a millisecond: a report about every 100 items
			tick();
		}
		expect(told.at(-1)).toEqual([1000, 1000]);
		expect(told.length).toBeGreaterThanOrEqual(8);
		expect(told.length).toBeLessThanOrEqual(11);
		const done = told.map(([d]) => d);
		expect(done).toEqual([...done].sort((a, b) => a - b));
		// Ticks past the end (a writer that counts an item twice) tell nothing more.
		tick();
		expect(told.at(-1)).toEqual([1000, 1000]);
	});

	it('says nothing while the clock has not moved on, but for the end', () => {
		const told: number[] = [];
		const tick = writtenCounter(
			500,
			(d) => told.push(d),
			100,
			() => 0
		);
		for (let i = 0; i < 500; i++) tick();
		expect(told).toEqual([500]);
	});

	it('costs nothing to tick without anyone to tell, or with nothing to write', () => {
		expect(() => writtenCounter(10)()).not.toThrow();
		const told: number[] = [];
		writtenCounter(0, (d) => told.push(d))();
		expect(told).toEqual([]);
	});
});

describe('an export told how far it has got', () => {
	const graph = new TemporalGraph(validSynthetic(200, 900));
	const { start, end } = graph.span();
	const scope = selectScope(graph, { from: start, to: end });
	const image: ImageOptions = {
		lang: 'en',
		width: 1280,
		height: 720,
		background: '#ffffff',
		title: '',
		caption: true,
		legend: true,
		footnotes: true
	};

	it('writes the same files, and ends at every actor and tie (every line of a picture)', () => {
		const items = scope.actors.length + scope.ties.length;
		expect(scope.ties.length).toBeGreaterThan(500);
		for (const format of TEXT_FORMATS) {
			const told: [number, number][] = [];
			const files = exportText(format, scope, 'b', image, 'directed', (d, t) => told.push([d, t]));
			expect(files, format).toEqual(exportText(format, scope, 'b', image, 'directed'));
			if (format === 'json') {
				expect(told, format).toEqual([]);
				continue;
			}
			const [done, total] = told.at(-1)!;
			expect(done, format).toBe(total);
			if (format !== 'svg') expect(total, format).toBe(items);
			else expect(total, format).toBeGreaterThan(100);
		}
	});
});
