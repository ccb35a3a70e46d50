import { describe, expect, it } from 'vitest';
import { selectScope } from '../../../../src/lib/core/export/scope.ts';
import { writeSvg, type ImageOptions } from '../../../../src/lib/core/export/image/svg.ts';
import { fitText, wrapLabel } from '../../../../src/lib/core/export/image/svg-parts.ts';
import { smallGraph, xmlError } from '../../../fixtures/export/load-fixture.ts';

const graph = smallGraph();
const options: ImageOptions = {
	lang: 'en',
	width: 1200,
	height: 800,
	background: '#ffffff',
	title: 'Alliances & <friends>',
	caption: true,
	legend: true,
	footnotes: true
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('writeSvg', () => {
	it('writes well-formed SVG of exactly the requested size, with labels as text', () => {
		const svg = writeSvg(selectScope(graph, { at: '2024-12-10' }), options);
		expect(xmlError(svg)).toBeNull();
		expect(svg).toContain('width="1200" height="800" viewBox="0 0 1200 800"');
		expect(texts(svg)).toContain('Russia');
		expect(texts(svg)).toContain('DPRK');
		expect(texts(svg)).toContain('Alliances &amp; &lt;friends&gt;');
		expect(texts(svg)).toContain('As of 10 Dec 2024');
	});

	it('draws only the actors and ties in scope, with the name in force at the date', () => {
		const svg = writeSvg(selectScope(graph, { at: '1990-06-01', actors: ['RUS', 'PRK'] }), options);
		const actors = [...svg.matchAll(/data-actor="([^"]+)"/g)].map((m) => m[1]);
		expect(actors.sort()).toEqual(['PRK', 'RUS']);
		expect(texts(svg)).toContain('USSR');
		expect(texts(svg)).not.toContain('Russia');
		expect([...svg.matchAll(/data-tie="([^"]+)"/g)].map((m) => m[1])).toEqual(['ussr-prk-1961']);
	});

	it('shows a signed treaty dashed and an in-force one solid', () => {
		const signed = writeSvg(
			selectScope(graph, { at: '2024-07-01', ties: ['rus-prk-2024'] }),
			options
		);
		const inForce = writeSvg(
			selectScope(graph, { at: '2024-12-10', ties: ['rus-prk-2024'] }),
			options
		);
		const tiePath = (svg: string) =>
			svg.match(/<g data-tie="rus-prk-2024"[^>]*>\s*<path [^>]*>/)![0];
		expect(tiePath(signed)).toContain('stroke-dasharray');
		expect(tiePath(inForce)).not.toContain('stroke-dasharray');
	});

	it('lists in the legend only the kinds present', () => {
		const svg = writeSvg(
			selectScope(graph, { at: '2024-12-10', kinds: ['arms-transfer'] }),
			options
		);
		const legend = svg.slice(
			svg.indexOf('class="legend"'),
			svg.indexOf('</g>', svg.indexOf('class="legend"'))
		);
		expect(legend).toContain('Arms transfer');
		expect(legend).not.toContain('Defence treaty');
		expect(legend).toContain('Reported');
	});

	it('numbers the sources of what is shown in the footnotes', () => {
		const svg = writeSvg(
			selectScope(graph, { at: '2024-12-10', ties: ['prk-rus-shells'] }),
			options
		);
		const notes = texts(svg.slice(svg.indexOf('class="footnotes"')));
		expect(notes[0]).toBe('Sources');
		expect(notes.some((n) => n.startsWith('1. '))).toBe(true);
		expect(notes.some((n) => n.startsWith('2. '))).toBe(true);
		expect(svg).not.toContain('unused-source');
	});

	it('leaves out what is switched off, and writes Japanese', () => {
		const svg = writeSvg(selectScope(graph, { at: '2024-12-10' }), {
			...options,
			lang: 'ja',
			title: '',
			legend: false,
			footnotes: false,
			background: 'transparent'
		});
		expect(svg).not.toContain('class="legend"');
		expect(svg).not.toContain('class="footnotes"');
		expect(svg).not.toContain('<rect width="100%"');
		expect(texts(svg)).toContain('2024年12月10日時点');
		expect(texts(svg)).toContain('ロシア');
	});

	it('refuses a size too small to draw', () => {
		expect(() => writeSvg(selectScope(graph, {}), { ...options, width: 0 })).toThrow(/at least 16/);
	});

	it('cuts long footnote lines by width, counting wide characters as wider', () => {
		expect(fitText('abcdef', 10)).toBe('abcdef');
		expect(fitText('abcdefghijkl', 6)).toBe('abcde…');
		expect(fitText('日本語の長い題名です', 6)).toBe('日本…');
	});

	it('wraps long organisation names into lines, as the screen does', () => {
		expect(wrapLabel('Conflict Armament Research', 18)).toEqual(['Conflict Armament', 'Research']);
		expect(wrapLabel('G7', 18)).toEqual(['G7']);
		expect(wrapLabel('国連北朝鮮制裁専門家パネル', 10)).toEqual(['国連北朝鮮制裁専門家', 'パネル']);
		// Japanese breaks where a reader would, and never leaves a lone character or bracket.
		expect(wrapLabel('安保理北朝鮮制裁委員会（1718委員会）', 10)).toEqual([
			'安保理北朝鮮制裁委員会',
			'（1718委員会）'
		]);
		expect(wrapLabel('多国間制裁監視チーム', 10)).toEqual(['多国間制裁監視チーム']);
		expect(wrapLabel('多国間制裁監視チーム', 8)).toEqual(['多国間制裁監視', 'チーム']);
		expect(wrapLabel('ASEAN地域フォーラム', 10)).toEqual(['ASEAN地域', 'フォーラム']);
		for (const name of ['安保理北朝鮮制裁委員会（1718委員会）', '国連北朝鮮制裁専門家パネル'])
			for (const max of [4, 5, 6, 7, 8, 9, 10]) {
				const lines = wrapLabel(name, max);
				expect(lines.join('')).toBe(name);
				for (const line of lines) {
					expect([...line].length).toBeGreaterThan(1);
					expect(line).not.toMatch(/^[）」、。ー]|（$/);
				}
			}
		expect(wrapLabel('Supercalifragilistic', 10)).toEqual(['Supercalifragilistic']);
		expect(wrapLabel('Multilateral Sanctions Monitoring Team', 18)).toEqual([
			'Multilateral',
			'Sanctions',
			'Monitoring Team'
		]);
	});
});

describe('writeSvg with time marks', () => {
	it('marks the ties of a comparison with a halo and a sign, in the legend too, under its own caption', () => {
		const scope = selectScope(graph, { from: '1995-01-01', to: '2024-12-10' });
		const svg = writeSvg(scope, {
			...options,
			captionText: 'Changes from 1 Jan 1995 to 10 Dec 2024',
			marks: { 'ussr-prk-1961': 'removed', 'rus-prk-2024': 'added' },
			// Tie by tie: the two treaties would otherwise share their pair's one line.
			pairs: { mode: 'all', expanded: [] }
		});
		expect(texts(svg)).toContain('Changes from 1 Jan 1995 to 10 Dec 2024');
		expect(texts(svg)).not.toContain('1 Jan 1995 – 10 Dec 2024');
		const marked = [...svg.matchAll(/<path class="mark" data-mark="(\w+)"/g)].map((m) => m[1]);
		expect(marked.sort()).toEqual(['added', 'removed']);
		const legend = svg.slice(svg.indexOf('class="legend"'), svg.indexOf('class="footnotes"'));
		expect(legend).toContain('Added');
		expect(legend).toContain('Removed');
		expect(legend).not.toContain('Status changed');
		expect(xmlError(svg)).toBeNull();
	});
});
