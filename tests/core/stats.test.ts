import { describe, expect, it } from 'vitest';
import { datasetStats, formatStats } from '../../src/lib/core/analysis/stats.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';

const YAML = `sources:
  - { id: s1, title: S1, publisher: P, date: 2020, language: en, kind: news }
  - { id: s2, title: S2, publisher: P, date: 2021, language: en, kind: treaty-text }
  - { id: s3, title: S3, publisher: P, date: 2021, language: en, kind: news }
actors:
  - { id: RUS, kind: state, names: [{ en: Russia, ja: ロシア }], description: { en: R, ja: ロ }, sources: [s1] }
  - { id: PRK, kind: state, names: [{ en: DPRK, ja: 北朝鮮 }], description: { en: D, ja: 北 }, sources: [s1] }
ties:
  - { id: t1961, kind: defense-treaty, parties: [RUS, PRK], title: { en: T, ja: 条 }, confidence: confirmed, sources: [s2, s1], signed: 1961-07-06, inForce: 1961-09-10 }
  - { id: t1969, kind: defense-treaty, parties: [RUS, PRK], title: { en: T, ja: 条 }, confidence: confirmed, sources: [s2, { id: s2, locator: Art. 1 }], signed: 1969-12-31 }
  - { id: t2000, kind: agreement, parties: [RUS, PRK], title: { en: T, ja: 条 }, confidence: reported, sources: [s1], signed: 2000 }
  - { id: f2023, kind: arms-transfer, parties: [PRK, RUS], title: { en: F, ja: 流 }, confidence: alleged, sources: [s1, s3], from: 2023-09 }
events:
  - { id: e1, date: 2024-06-19, kind: signing, actors: [RUS], title: { en: E, ja: 出 }, confidence: confirmed, sources: [s1] }
  - { id: e2, date: 2024-12, kind: other, actors: [RUS], title: { en: E, ja: 出 }, confidence: confirmed, sources: [s1] }
  - { id: e3, date: 1961, kind: other, actors: [RUS], title: { en: E, ja: 出 }, confidence: confirmed, sources: [s1] }
`;
const stats = datasetStats(loadDatasetOrThrow([{ path: 'graph-data/x.yaml', text: YAML }]));

describe('datasetStats', () => {
	it('counts each collection', () => {
		expect(stats.counts).toEqual({ sources: 3, actors: 2, ties: 4, events: 3 });
	});
	it('counts ties per kind per decade they begin', () => {
		expect(stats.tiesPerKindPerDecade).toEqual({
			'defense-treaty': { '1960s': 2 },
			agreement: { '2000s': 1 },
			'arms-transfer': { '2020s': 1 }
		});
	});
	it('counts events per year, sources per kind and confidence of ties', () => {
		expect(stats.eventsPerYear).toEqual({ '1961': 1, '2024': 2 });
		expect(stats.sourcesPerKind).toEqual({ news: 2, 'treaty-text': 1 });
		expect(stats.confidence).toEqual({ confirmed: 2, reported: 1, alleged: 1 });
	});
	it('counts distinct sources: two citations of one source are one', () => {
		expect(stats.tiesWithTwoOrMoreSources).toEqual({ count: 2, share: 0.5 });
	});
	it('an empty dataset has share 0', () => {
		const empty = datasetStats({ sources: [], actors: [], ties: [], events: [], absences: [] });
		expect(empty.tiesWithTwoOrMoreSources).toEqual({ count: 0, share: 0 });
	});
});

describe('formatStats', () => {
	const text = formatStats(stats);
	it('writes the counts, the table and the share', () => {
		expect(text.split('\n')[0]).toBe('sources 3 · actors 2 · ties 4 · events 3');
		expect(text).toMatch(/defense-treaty\s+2\s+2\n/);
		expect(text).toMatch(/arms or technology\s+1\s+1\n/);
		expect(text).toContain('  2024  ## 2');
		expect(text).toContain('Ties with two or more sources: 2 of 4 (50 %)');
		expect(text.endsWith('\n')).toBe(true);
	});
	it('orders decades in the header', () => {
		const header = text.split('\n').find((l) => l.startsWith('kind'))!;
		expect(header.split(/\s+/)).toEqual(['kind', '1960s', '2000s', '2020s', 'total']);
	});
});
