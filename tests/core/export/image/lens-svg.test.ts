import { describe, expect, it } from 'vitest';
import { dyadTimeline } from '../../../../src/lib/core/analysis/dyad-tool.ts';
import { matrixSeries } from '../../../../src/lib/core/analysis/matrix-series.ts';
import { writeDyadSvg } from '../../../../src/lib/core/export/image/dyad-svg.ts';
import { groupLanes } from '../../../../src/lib/core/export/image/dyad-layout.ts';
import { writeMatrixSvg } from '../../../../src/lib/core/export/image/matrix-svg.ts';
import { isoToDay } from '../../../../src/lib/core/time/partial-date.ts';
import { tinyGraph } from '../../analysis/tiny-graph.ts';

const day = (iso: string) => isoToDay(iso)!;
const g = tinyGraph(
	[
		{ id: 'A', en: 'Alpha <&>', ja: 'アルファ' },
		{ id: 'B', en: 'Beta', ja: 'ベータ' }
	],
	[
		{ id: 'rel', parties: ['A', 'B'], from: '1950' },
		{
			id: 'pact',
			kind: 'defense-treaty',
			parties: ['A', 'B'],
			signed: '1961-07-06',
			inForce: '1961-09',
			suspended: [{ from: '1990', to: '1991' }],
			ended: { date: '1996-09', how: 'lapsed' }
		},
		{ id: 'arms-1', kind: 'arms-transfer', parties: ['A', 'B'], from: '1955', to: '1960' },
		{ id: 'arms-2', kind: 'arms-transfer', parties: ['A', 'B'], from: '1970', asOf: '2000' },
		{ id: 'arms-3', kind: 'arms-transfer', parties: ['B', 'A'], from: '1980', to: '1985' }
	]
);
const dyad = dyadTimeline(g, { a: 'A', b: 'B', kinds: [] });
const base = {
	lang: 'en' as const,
	width: 1200,
	height: 700,
	background: '#ffffff',
	title: 'T',
	caption: true,
	legend: true,
	footnotes: true,
	from: day('1945-01-01'),
	to: day('2005-12-31'),
	cursor: day('1962-01-01')
};

describe('the dyad timeline picture', () => {
	it('packs lanes that do not overlap into one row per kind and direction', () => {
		const groups = groupLanes(g, dyad, 'en', base.to, 30);
		expect(
			groups.map((gr) => [gr.label, gr.sub, gr.rows.map((r) => r.map((l) => l.tie.id))])
		).toEqual([
			['Defence treaty', '', [['pact']]],
			['Diplomatic relations', '', [['rel']]],
			['Arms transfer', 'Alpha <&> → Beta', [['arms-1', 'arms-2']]],
			['Arms transfer', 'Beta → Alpha <&>', [['arms-3']]]
		]);
	});

	it('draws every lane with its phases, the cursor, the caption, the legend and the sources', () => {
		const svg = writeDyadSvg(g, dyad, base);
		expect(svg).toMatch(/^<\?xml/);
		expect(svg).toContain('width="1200" height="700"');
		for (const id of ['rel', 'pact', 'arms-1', 'arms-2', 'arms-3'])
			expect(svg).toContain(`data-tie="${id}"`);
		expect(svg).toContain('Alpha &lt;&amp;&gt; and Beta, 1 Jan 1945 – 31 Dec 2005');
		expect(svg).not.toContain('Alpha <&>');
		expect(svg).toContain('fill="url(#hatch)"');
		expect(svg).toContain('stroke-dasharray');
		expect(svg).toContain('fill="url(#fade-in)"');
		expect(svg).toContain('>Open flow, after its last report<');
		expect(svg).toContain('>1 Jan 1962<');
		expect(svg).toContain('>Sources<');
		expect(svg).toMatch(/data-x0="[\d.]+" data-x1="[\d.]+" data-from="-?\d+" data-to="-?\d+"/);
	});

	it('speaks Japanese, and cuts what does not fit with a count instead of dropping it', () => {
		const ja = writeDyadSvg(g, dyad, { ...base, lang: 'ja' });
		expect(ja).toContain('アルファとベータ、1945年1月1日～2005年12月31日');
		expect(ja).toContain('>署名済み・未発効<');
		const tiny = writeDyadSvg(g, dyad, { ...base, height: 150, footnotes: false });
		expect(tiny).toMatch(/… and \d+ more lanes: see the table/);
		const grown = writeDyadSvg(g, dyad, { ...base, height: 150, footnotes: false, grow: true });
		expect(grown).not.toContain('more lanes');
		expect(Number(/height="(\d+)"/.exec(grown)![1])).toBeGreaterThan(150);
	});

	it('refuses a picture too small to draw', () => {
		expect(() => writeDyadSvg(g, dyad, { ...base, width: 10 })).toThrow(
			'image size must be at least 16 × 16 px, got 10 × 700'
		);
	});
});

describe('the matrix picture', () => {
	it('draws each cell with its ties, row → column, and a frame per date', () => {
		const one = writeMatrixSvg(g, matrixSeries(g, ['1982-01-01'], []), base);
		expect(one).toContain('data-row="A" data-col="B" data-ties="pact,rel,arms-2"');
		expect(one).toContain('data-row="B" data-col="A" data-ties="pact,rel,arms-3"');
		expect(one).toContain('As of 1 Jan 1982');
		expect(one).toContain(
			'Directed kinds (flows, sanctions, memberships) read from the row to the column.'
		);
		expect(one).toContain('Alpha &lt;&amp;&gt; → Beta');
		const many = writeMatrixSvg(g, matrixSeries(g, ['1962-01-01', '1982-01-01'], []), base);
		expect(many.match(/<g class="frame"/g)).toHaveLength(2);
		expect(many).toContain('1 Jan 1962 – 1 Jan 1982, 2 dates');
		expect(many).toContain('class="frame-title" data-date="1962-01-01"');
	});

	it('marks a suspended treaty hatched and a signed one hollow', () => {
		const suspended = writeMatrixSvg(g, matrixSeries(g, ['1990-06-01'], ['defense-treaty']), base);
		expect(suspended).toMatch(
			/data-ties="pact"><title>[^<]*<\/title><rect [^>]*fill="url\(#hatch\)"/
		);
		const signed = writeMatrixSvg(g, matrixSeries(g, ['1961-08-01'], ['defense-treaty']), base);
		expect(signed).toMatch(
			/data-ties="pact"><title>[^<]*<\/title><rect [^>]*fill="#fff" stroke="#0072B2"/
		);
	});
});
