import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfFonts } from '../../../../src/cli/picture-command.ts';
import { deckPages, writeDeckPdf } from '../../../../src/lib/core/export/image/deck.ts';
import { splitHalos, writePdf } from '../../../../src/lib/core/export/image/pdf.ts';
import { pagePoints } from '../../../../src/lib/core/export/image/page-size.ts';
import type { Story } from '../../../../src/lib/core/schema/story.ts';
import { smallGraph } from '../../../fixtures/export/load-fixture.ts';
import { pdfFonts, pdfPages, pdfText, poppler } from '../../../support/pdf-tools.ts';

const fonts = readPdfFonts();
const dir = mkdtempSync(join(tmpdir(), 'tieline-pdf-'));
const save = (name: string, bytes: Uint8Array) => {
	const file = join(dir, name);
	writeFileSync(file, bytes);
	return file;
};
const svg = (text: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><text x="10" y="50" font-size="20" stroke="#fff" stroke-width="5" paint-order="stroke">${text}</text><rect x="10" y="100" width="50" height="20" fill="#0072B2"/></svg>`;

describe('writePdf', { timeout: 60_000 }, () => {
	it('draws an A4 page with the picture as vectors and its words as text in both languages', async () => {
		const file = save(
			'a4.pdf',
			await writePdf(
				[{ picture: () => svg('Russia ロシア'), size: { width: 400, height: 200 } }],
				fonts,
				{
					title: 'Tieline · 日本',
					lang: 'ja',
					page: pagePoints('a4')
				}
			)
		);
		const info = poppler('pdfinfo', file);
		expect(info).toMatch(/^Page size:\s+841\.89 x 595\.27\d* pts/m);
		expect(info).toMatch(/^Title:\s+Tieline · 日本$/m);
		expect(pdfText(file)).toContain('Russia ロシア');
		expect(pdfFonts(file)).toEqual([
			expect.objectContaining({
				name: expect.stringMatching(/^[A-Z]{6}\+NotoSansCJKjp-Regular$/),
				embedded: true,
				subset: true,
				unicode: true
			})
		]);
	});

	it('puts a heading, a caption and a note above the picture, one page each', async () => {
		const page = (n: number) => ({
			heading: `Story · ${n} / 2`,
			caption: `Caption ${n}: a long sentence that wraps over the width of the page, `.repeat(3),
			note: `Sources: number ${n}`,
			picture: ({ width, height }: { width: number; height: number }) => {
				expect(width / height).toBeGreaterThan(1.5);
				return svg(`picture ${n}`);
			}
		});
		const file = save(
			'two.pdf',
			await writePdf([page(1), page(2)], fonts, {
				title: 't',
				lang: 'en',
				page: pagePoints('slide-16-9')
			})
		);
		expect(pdfPages(file)).toBe(2);
		const second = pdfText(file, '-f', '2', '-l', '2');
		expect(second).toContain('Story · 2 / 2');
		expect(second).toContain('Sources: number 2');
		expect(second).not.toContain('picture 1');
		expect(
			pdfFonts(file)
				.map((f) => f.name.slice(7))
				.sort()
		).toEqual(['NotoSansCJKjp-Bold', 'NotoSansCJKjp-Regular']);
	});

	it('refuses nothing to write and a page of no size', async () => {
		await expect(
			writePdf([], fonts, { title: '', lang: 'en', page: pagePoints('a4') })
		).rejects.toThrow('no pages');
		await expect(
			writePdf([{ picture: () => svg('x') }], fonts, {
				title: '',
				lang: 'en',
				page: { width: 0, height: 10 }
			})
		).rejects.toThrow('bad page size 0 × 10 pt');
	});
});

describe('splitHalos', () => {
	it('draws a haloed text twice: the halo under, then the letters in their own fill', () => {
		const out = splitHalos(
			'<text x="1" y="2" fill="#111" stroke="#fff" stroke-width="5" paint-order="stroke" stroke-linejoin="round">北朝鮮</text>'
		);
		const texts = [...out.matchAll(/<text ([^>]*)>北朝鮮<\/text>/g)].map((m) => m[1]);
		expect(texts).toHaveLength(2);
		expect(texts[0]).toMatch(/fill="#fff".*stroke="#fff"/);
		expect(texts[1]).toContain('fill="#111"');
		expect(texts[1]).not.toMatch(/stroke/);
		expect(splitHalos('<text x="1">plain</text>')).toBe('<text x="1">plain</text>');
	});
});

describe('deckPages', () => {
	const graph = smallGraph();
	const scene = (id: string, view: Story['scenes'][number]['view']) => ({
		id,
		view,
		caption: { en: `Caption of ${id}`, ja: `${id}の説明` },
		notes: { en: 'n', ja: 'n' },
		sources: [graph.data.sources[0].id]
	});
	const story: Story = {
		id: 'test-story',
		title: { en: 'A test', ja: 'テスト' },
		scenes: [
			scene('one', { at: '1995-06-01' }),
			scene('two', { compare: { from: '1990-01-01', to: '1995-06-01' } })
		]
	};

	it('gives one page per scene with its number, caption and sources', () => {
		const pages = deckPages(graph, story, 'ja');
		expect(pages.map((p) => p.heading)).toEqual(['テスト · 1 / 2', 'テスト · 2 / 2']);
		expect(pages.map((p) => p.caption)).toEqual(['oneの説明', 'twoの説明']);
		expect(pages[0].note).toMatch(/^この説明の出典: /);
		expect(pages[1].picture({ width: 1200, height: 500 })).toContain(
			'1990年1月1日から1995年6月1日までの変化'
		);
	});

	it('names the story, the scene and the problem when a scene is no view of the data', async () => {
		const bad = {
			...story,
			scenes: [story.scenes[0], scene('later', { at: '2999-01-01', focus: 'XXX' })]
		};
		await expect(writeDeckPdf(graph, bad, { lang: 'en', fonts })).rejects.toThrow(
			/story "test-story", scene 2 \("later"\): view\.at: 2999-01-01 is outside the data.*; view\.focus: "XXX" is not an actor, tie or event in the data/
		);
	});
});
