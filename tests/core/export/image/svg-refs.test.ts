import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../../../../src/lib/core/export/scope.ts';
import { writeSvg } from '../../../../src/lib/core/export/image/svg.ts';
import { shortSource } from '../../../../src/lib/core/export/image/svg-parts.ts';
import {
	parseRefText,
	refText,
	TakenGrid,
	type Extent
} from '../../../../src/lib/core/export/image/svg-refs.ts';
import { random } from '../../../support/pair-route-reference.ts';
import { sourceRefId } from '../../../../src/lib/core/schema/common.ts';
import { parsePairKey } from '../../../../src/lib/core/view/pairs.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));

function picture(
	at: string,
	width: number,
	height: number,
	footnotes = true,
	lang: 'en' | 'ja' = 'en',
	actors?: string[]
) {
	return writeSvg(selectScope(graph, { at, dropIsolated: true, actors }), {
		lang,
		width,
		height,
		background: '#fff',
		title: '',
		caption: true,
		legend: true,
		footnotes
	});
}

const unescape = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

describe('footnote numbers on the lines', () => {
	it('writes numbers as a reader scans them, and reads them back', () => {
		expect(refText([1, 2, 3, 5, 7, 8])).toBe('1–3,5,7,8');
		expect(refText([4])).toBe('4');
		expect(parseRefText('1–3,5,7,8')).toEqual([1, 2, 3, 5, 7, 8]);
		expect(parseRefText(refText([2, 3, 4, 5, 9, 10, 11, 40]))).toEqual([2, 3, 4, 5, 9, 10, 11, 40]);
	});

	it('puts on each line the numbers of exactly the footnotes of its ties', () => {
		// The ties among the DPRK, China and the USSR in 1961: few enough to list every footnote.
		const svg = picture('1961-07-11', 1920, 1080, true, 'en', ['PRK', 'CHN', 'RUS', 'USA']);
		const notes = [...svg.matchAll(/<text x="[^"]+" y="[^"]+">(\d+)\. ([^<]*)<\/text>/g)].map(
			(m) => ({
				n: Number(m[1]),
				text: unescape(m[2]).replace(/…$/, '')
			})
		);
		expect(notes.length).toBeGreaterThan(10);
		expect(svg).not.toMatch(/more sources/);
		const numberOf = (sourceId: string) => {
			const s = shortSource(graph.sourcesById.get(sourceId)!, 'en');
			return notes.find((f) => s.startsWith(f.text))?.n;
		};
		const lines = [
			...svg.matchAll(
				/<g (?:class="pair" )?data-(tie|id)="([^"]+)"(?: data-pair="[^"]+" data-ties="([^"]+)")?/g
			)
		];
		const refs = new Map(
			[...svg.matchAll(/<text class="ref" data-ref="([^"]+)"[^>]*>([^<]+)<\/text>/g)].map((m) => [
				m[1],
				parseRefText(m[2])
			])
		);
		expect(lines.length).toBeGreaterThan(5);
		for (const [, what, id, ties] of lines) {
			const key = what === 'tie' ? `tie:${id}` : `pair:${id}`;
			const tieIds = what === 'tie' ? [id] : ties.split(',');
			const expected = [
				...new Set(
					tieIds.flatMap((t) =>
						graph.tiesById.get(t)!.sources.map((r) => numberOf(sourceRefId(r))!)
					)
				)
			].sort((a, b) => a - b);
			expect(
				expected.every((n) => n > 0),
				key
			).toBe(true);
			expect(refs.get(key), key).toEqual(expected);
		}
		// Every pair line is read: a pair has the ids of all its ties.
		expect(lines.some(([, what, id]) => what === 'id' && parsePairKey(id))).toBe(true);
	});

	it('numbers the sources from the top of the picture down', () => {
		const svg = picture('1961-07-11', 1920, 1080);
		const refs = [...svg.matchAll(/<text class="ref" [^>]*y="([\d.]+)"[^>]*>([^<]+)<\/text>/g)].map(
			(m) => ({
				y: Number(m[1]),
				first: parseRefText(m[2])[0]
			})
		);
		const top = refs.reduce((a, b) => (b.y < a.y ? b : a));
		const bottom = refs.reduce((a, b) => (b.y > a.y ? b : a));
		expect(top.first).toBeLessThan(bottom.first);
	});

	it('draws no numbers without footnotes, and says which numbers a full list leaves out', () => {
		expect(picture('2024-12-10', 1280, 720, false)).not.toMatch(/class="ref"/);
		const svg = picture('2024-12-10', 1280, 720);
		const more = /(\d+)–(\d+): (\d+) more sources/.exec(svg);
		expect(more).not.toBeNull();
		const [, from, to, n] = more!.map(Number);
		expect(to - from + 1).toBe(n);
		const listed = [...svg.matchAll(/<text x="[^"]+" y="[^"]+">(\d+)\. /g)].map((m) =>
			Number(m[1])
		);
		expect(Math.max(...listed)).toBe(from - 1);
		const ja = picture('2024-12-10', 1280, 720, true, 'ja');
		expect(ja).toMatch(/\d+〜\d+：ほか出典 \d+ 件/);
	});
});

describe('the boxes taken, by cells', () => {
	it('says a box meets one taken exactly when a check against every box does', () => {
		const frame = { x1: 20, y1: 10, x2: 1380, y2: 890 };
		const r = random(5);
		// Small boxes like numbers and labels, some big, some outside the picture or across it.
		const box = (): Extent => {
			const w = r() < 0.1 ? r() * 600 : 4 + r() * 40;
			const h = r() < 0.1 ? r() * 400 : 4 + r() * 16;
			const x = -200 + r() * 1800;
			const y = -150 + r() * 1200;
			return { x1: x, y1: y, x2: x + w, y2: y + h };
		};
		const grid = new TakenGrid(frame, 30);
		const taken: Extent[] = [];
		const meets = (a: Extent, b: Extent) =>
			a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
		let hits = 0;
		for (let i = 0; i < 3000; i++) {
			const q = box();
			const want = taken.some((t) => meets(t, q));
			expect(grid.meets(q)).toBe(want);
			if (want) hits++;
			if (i % 3 === 0) {
				const t = box();
				taken.push(t);
				grid.push(t);
			}
		}
		// Both answers came up often enough for the comparison to mean something.
		expect(hits).toBeGreaterThan(300);
		expect(hits).toBeLessThan(2700);
	});
});
