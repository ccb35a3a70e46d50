import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../../src/lib/core/model/temporal-graph.ts';
import { dataSpan } from '../../../../src/lib/core/io/manifest.ts';
import { sceneViewSpec } from '../../../../src/lib/core/view/scene-view.ts';
import { defaultSpec, type ViewSpec } from '../../../../src/lib/core/view/view-spec.ts';
import { specPicture } from '../../../../src/lib/core/export/video/spec-picture.ts';
import { frameSvg, subtitleLines } from '../../../../src/lib/core/export/video/frame-svg.ts';

const data = loadDatasetOrThrow(readGraphData('graph-data'));
const graph = new TemporalGraph(data);
const kinds = new Map<string, 'actor' | 'tie' | 'event'>([
	...data.actors.map((a) => [a.id, 'actor'] as const),
	...data.ties.map((t) => [t.id, 'tie'] as const),
	...data.events.map((e) => [e.id, 'event'] as const)
]);
const ctx = { span: dataSpan(data), kindOf: (id: string) => kinds.get(id) ?? null };
const frame = { width: 1280, height: 720, title: '', subtitle: '', footnotes: false };

describe('specPicture', () => {
	it('draws the ties of the day in view, as the snapshot has them', () => {
		const p = specPicture(graph, defaultSpec('1990-01-01'));
		const snap = graph.at(p.scope.time.kind === 'at' ? p.scope.time.day : NaN);
		expect(p.scope.ties.map((t) => t.tie.id).sort()).toEqual(snap.ties.map((t) => t.tie.id).sort());
		expect(p.scope.ties.map((t) => t.tie.id)).toContain('ussr-prk-1961-treaty');
		expect(p.marks).toBeUndefined();
	});
	it('leaves out the kinds the filter hides', () => {
		const all = specPicture(graph, defaultSpec('2024-12-10'));
		const spec: ViewSpec = {
			...defaultSpec('2024-12-10'),
			filter: { ...defaultSpec('2024-12-10').filter, hiddenKinds: ['defense-treaty'] }
		};
		const cut = specPicture(graph, spec);
		expect(all.scope.ties.some((t) => t.tie.kind === 'defense-treaty')).toBe(true);
		expect(cut.scope.ties.some((t) => t.tie.kind === 'defense-treaty')).toBe(false);
		expect(cut.scope.ties.length).toBeGreaterThan(0);
	});
	it('marks what changed in a comparison and says so in the caption', () => {
		const spec: ViewSpec = {
			...defaultSpec('1997-01-01'),
			time: { mode: 'compare', anchor: '1995-01-01', at: '1997-01-01' }
		};
		const p = specPicture(graph, spec);
		expect(p.marks?.['ussr-prk-1961-treaty']).toBe('removed');
		expect(p.captionText).toMatch(/1995.*1997/);
	});
});

describe('frameSvg', () => {
	it('burns in the date caption and the legend, in the language asked', () => {
		const p = specPicture(graph, defaultSpec('1990-01-01'));
		const en = frameSvg(p, { ...frame, lang: 'en' });
		expect(en).toContain('width="1280" height="720"');
		expect(en).toContain('1 Jan 1990');
		expect(en).toContain('class="legend');
		const ja = frameSvg(p, { ...frame, lang: 'ja' });
		expect(ja).toContain('1990年1月1日');
	});
	it('puts each scene of a shipped story under its picture, wrapped, in both languages', () => {
		for (const story of data.stories ?? []) {
			for (const scene of story.scenes) {
				const { spec, problems } = sceneViewSpec(scene.view, ctx);
				expect(problems).toEqual([]);
				for (const lang of ['en', 'ja'] as const) {
					const svg = frameSvg(specPicture(graph, { ...spec, lang }), {
						...frame,
						lang,
						title: story.title[lang],
						subtitle: scene.caption[lang]
					});
					const lines = [...svg.matchAll(/<g class="subtitle">([\s\S]*?)<\/g>/g)][0][1];
					const text = [...lines.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
					expect(text.length).toBeGreaterThan(0);
					expect(text.join(lang === 'en' ? ' ' : '')).toBe(
						scene.caption[lang].trim().replace(/&/g, '&amp;')
					);
				}
			}
		}
		expect(data.stories?.length).toBeGreaterThanOrEqual(2);
	});
	it('wraps a long subtitle to the width and cuts it after four lines', () => {
		const long = 'word '.repeat(400).trim();
		const { lines } = subtitleLines(long, { lang: 'en', width: 1280, height: 720 });
		expect(lines).toHaveLength(4);
		expect(lines[3].endsWith('…')).toBe(true);
		expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(120);
	});
	it('gives the picture the height the subtitle leaves', () => {
		const p = specPicture(graph, defaultSpec('1990-01-01'));
		const svg = frameSvg(p, { ...frame, lang: 'en', subtitle: 'A caption.' });
		const inner = svg.match(/<svg[^>]*>[\s\S]*?<svg[^>]*height="(\d+)"/);
		expect(Number(inner?.[1])).toBeLessThan(720);
		expect(Number(inner?.[1])).toBeGreaterThan(600);
	});
});

describe('frameSvg with the date in a band', () => {
	it('moves the date from the small caption above to large type under the picture', () => {
		const p = specPicture(graph, defaultSpec('1991-06-01'));
		const svg = frameSvg(p, { ...frame, lang: 'en', dateBand: true });
		const band = svg.match(/<g class="subtitle">([\s\S]*?)<\/g>/)?.[1] ?? '';
		expect(band).toMatch(/font-weight="700">As of 1 Jun 1991<\/text>/);
		expect(svg.match(/As of 1 Jun 1991/g)).toHaveLength(2); // the band, and the inner <title>
		expect(svg).not.toContain('class="caption"');
	});
});

describe('subtitleLines in Japanese', () => {
	it('starts each sentence on a new line rather than breaking inside a word', () => {
		const text =
			'2024年の条約は2024年12月4日に発効し、2000年の条約に代わった。北朝鮮は再びロシア・中国の双方と同盟条約を持つことになった。';
		const { lines } = subtitleLines(text, { lang: 'ja', width: 1280, height: 720 });
		expect(lines).toEqual([
			'2024年の条約は2024年12月4日に発効し、2000年の条約に代わった。',
			'北朝鮮は再びロシア・中国の双方と同盟条約を持つことになった。'
		]);
	});
});
