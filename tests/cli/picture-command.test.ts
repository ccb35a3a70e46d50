import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfFonts, runPicture } from '../../src/cli/picture-command.ts';
import { svgToPng } from '../../src/cli/png.ts';
import { FONT_STACK } from '../../src/lib/core/visual/encoding.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../../src/lib/core/export/scope.ts';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { decodePng, pdfFonts, pdfPages, pdfText } from '../support/pdf-tools.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData(join(ROOT, 'graph-data'))));
const load = () => graph;
const dir = mkdtempSync(join(tmpdir(), 'tieline-picture-'));
const story = graph.data.stories!.find((s) => s.id === 'treaties-1961-2024')!;

function cli(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/graph.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every tie an SVG draws: alone (`data-tie`) or inside a pair's one line (`data-ties`). */
const drawnTies = (svg: string) => [
	...[...svg.matchAll(/<g data-tie="([^"]+)"/g)].map((m) => m[1]),
	...[...svg.matchAll(/<g class="pair"[^>]* data-ties="([^"]+)"/g)].flatMap((m) => m[1].split(','))
];

/** Captions as pdftotext gives them back: lines wrap anywhere, so white space is left out. */
const bare = (text: string) => text.replace(/\s+/g, '');

describe('graph export --format svg|png|pdf', { timeout: 120_000 }, () => {
	it('writes the SVG from the command line: every actor and tie drawn carries its data-id, text stays text', () => {
		const run = cli('export', '--format', 'svg', '--at', '1995-06-01', '--lang', 'ja');
		expect(run.status, run.stderr).toBe(0);
		const svg = run.stdout;
		const scope = selectScope(graph, { at: '1995-06-01', dropIsolated: true });
		const ids = (tag: string) =>
			[...svg.matchAll(new RegExp(`<g ${tag}="[^"]+" data-id="([^"]+)"`, 'g'))].map((m) => m[1]);
		expect(ids('data-actor').sort()).toEqual(scope.actors.map((a) => a.actor.id).sort());
		expect(new Set(drawnTies(svg))).toEqual(new Set(scope.ties.map((t) => t.tie.id)));
		const pairs = [...svg.matchAll(/<g class="pair" data-id="([^"]+)"/g)].map((m) => m[1]);
		expect(pairs.length).toBeGreaterThan(0);
		expect(svg).toMatch(/<text[^>]*>北朝鮮<\/text>/);
		expect(svg).toContain('1995年6月1日時点');
		expect(svg).not.toMatch(/<image|<foreignObject/);
	});

	it('draws the same picture as the view the app opens: filter, comparison, focus', async () => {
		const { bytes } = await runPicture(
			{ format: 'svg', compare: '2019-01-01..2024-12-10', kinds: 'arms-transfer', focus: 'PRK' },
			load
		);
		const svg = bytes as string;
		expect(svg).toContain('Changes from 1 Jan 2019 to 10 Dec 2024');
		const kinds = drawnTies(svg).map((id) => graph.tiesById.get(id)!.kind);
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds)).toEqual(new Set(['arms-transfer']));
		expect(svg).toMatch(/data-mark="added"/);
	});

	it('draws the map under the graph with --layout map, and says what a bad layout is', async () => {
		const { bytes } = await runPicture({ format: 'svg', at: '2024-12-10', layout: 'map' }, load);
		expect(bytes as string).toMatch(/<path class="land" d="M/);
		const plain = await runPicture({ format: 'svg', at: '2024-12-10' }, load);
		expect(plain.bytes as string).not.toContain('class="land"');
		await expect(runPicture({ format: 'svg', layout: 'globe' }, load)).rejects.toThrow(
			'--layout "globe" is not supported; use map or schematic'
		);
	});

	it('draws the picture in the theme --theme names, and says what a bad theme is', async () => {
		const grey = await runPicture(
			{ format: 'svg', at: '2024-12-10', layout: 'map', theme: 'greyscale' },
			load
		);
		expect(grey.summary).toContain('greyscale');
		expect(grey.bytes as string).toContain('data-theme="greyscale"');
		expect(grey.bytes as string).not.toContain('#0072B2');
		const print = await runPicture({ format: 'svg', at: '2024-12-10', theme: 'print' }, load);
		expect(print.bytes as string).toContain('Print theme');
		const deck = await runPicture(
			{ format: 'pdf', story: story.id, theme: 'greyscale', out: join(dir, 'grey.pdf') },
			load
		);
		expect(deck.summary).toBe(`story ${story.id}: ${story.scenes.length} scenes, en, greyscale`);
		expect((deck.bytes as Uint8Array).length).toBeGreaterThan(1000);
		await expect(runPicture({ format: 'svg', theme: 'sepia' }, load)).rejects.toThrow(
			'--theme "sepia" is not supported; use colour, greyscale, print'
		);
	});

	it('says what is wrong with a flag, before drawing', async () => {
		await expect(runPicture({ format: 'png' }, load)).rejects.toThrow(
			'png is binary and needs --out FILE'
		);
		await expect(runPicture({ format: 'svg', kinds: 'arms,treaty' }, load)).rejects.toThrow(
			/--kinds: "arms", "treaty" not in the data; its kinds are .*arms-transfer/
		);
		await expect(runPicture({ format: 'svg', size: '1920' }, load)).rejects.toThrow(
			'--size "1920" is not WIDTHxHEIGHT'
		);
		await expect(runPicture({ format: 'svg', compare: '2019-01-01' }, load)).rejects.toThrow(
			'--compare "2019-01-01" is not A..B'
		);
		await expect(runPicture({ format: 'svg', story: story.id, out: 'x' }, load)).rejects.toThrow(
			'--story writes a deck: use --format pdf'
		);
		await expect(runPicture({ format: 'pdf', story: 'nope', out: 'x' }, load)).rejects.toThrow(
			/no story "nope" in the data; its stories are .*treaties-1961-2024/
		);
		await expect(
			runPicture({ format: 'pdf', story: story.id, at: '2000-01-01', out: 'x' }, load)
		).rejects.toThrow('--story takes its views from the scenes; drop --at');
	});

	it('writes a PNG of the asked size, drawn (not blank)', async () => {
		const { bytes } = await runPicture(
			{ format: 'png', at: '2024-12-10', lang: 'ja', size: '640x360', out: 'x.png' },
			load
		);
		const { width, height, rgba } = decodePng(bytes as Uint8Array);
		expect({ width, height }).toEqual({ width: 640, height: 360 });
		let dark = 0;
		const colours = new Set<number>();
		for (let i = 0; i < rgba.length; i += 4) {
			if (rgba[i] + rgba[i + 1] + rgba[i + 2] < 200) dark++;
			colours.add((rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2]);
		}
		expect(dark).toBeGreaterThan(300);
		expect(colours.size).toBeGreaterThan(50);
	});

	it('draws Japanese in PNGs with the shipped fonts, whatever fonts the machine has', async () => {
		const ink = async (text: string) => {
			const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" font-family="${FONT_STACK.replace(/"/g, '&quot;')}"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="45" font-size="40">${text}</text></svg>`;
			const { rgba } = decodePng(await svgToPng(svg, readPdfFonts()));
			let dark = 0;
			for (let i = 0; i < rgba.length; i += 4) if (rgba[i] < 128) dark++;
			return dark;
		};
		expect(await ink('')).toBe(0);
		expect(await ink('北朝鮮')).toBeGreaterThan(500);
		expect(await ink('ロシア')).toBeGreaterThan(300);
	});

	it('writes a one-page vector PDF whose text a reader finds, in embedded subset fonts', async () => {
		const { bytes } = await runPicture(
			{ format: 'pdf', at: '2024-12-10', lang: 'ja', size: '1600x900', out: 'x.pdf' },
			load
		);
		const file = join(dir, 'one.pdf');
		writeFileSync(file, bytes);
		expect(pdfPages(file)).toBe(1);
		const text = bare(pdfText(file));
		expect(text).toContain('2024年12月10日時点');
		expect(text).toContain('北朝鮮');
		const fonts = pdfFonts(file);
		expect(fonts.length).toBeGreaterThan(0);
		for (const f of fonts) expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
		expect(readFileSync(file).includes('/Subtype /Image')).toBe(false);
	});
});

describe('graph export --story ID --format pdf', { timeout: 240_000 }, () => {
	it.each(['en', 'ja'] as const)(
		'writes a deck in %s: a page per scene, each with its caption',
		(lang) => {
			const file = join(dir, `deck-${lang}.pdf`);
			const run = cli(
				'export',
				'--story',
				story.id,
				'--format',
				'pdf',
				'--lang',
				lang,
				'--out',
				file
			);
			expect(run.status, run.stderr).toBe(0);
			expect(run.stderr).toContain(`wrote ${file}`);
			expect(pdfPages(file)).toBe(story.scenes.length);
			story.scenes.forEach((scene, i) => {
				const page = bare(pdfText(file, '-f', String(i + 1), '-l', String(i + 1)));
				expect(page).toContain(bare(scene.caption[lang]));
				expect(page).toContain(bare(`${story.title[lang]} · ${i + 1} / ${story.scenes.length}`));
			});
			const fonts = pdfFonts(file);
			expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
				'NotoSansCJKjp-Bold',
				'NotoSansCJKjp-Regular'
			]);
			for (const f of fonts)
				expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
		}
	);
});
