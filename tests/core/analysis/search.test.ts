import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { normalise, search, searchIndex } from '../../../src/lib/core/analysis/search.ts';

const index = searchIndex(loadDatasetOrThrow(readGraphData('graph-data')));
const ids = (q: string, lang: 'en' | 'ja' = 'en') =>
	search(index, q, lang).map((h) => `${h.type}:${h.id}`);

describe('search', () => {
	it('folds case, full-width letters and accents', () => {
		expect(normalise('ＤＰＲＫ')).toBe('dprk');
		expect(normalise('  Kyiv  Independent ')).toBe('kyiv independent');
		expect(normalise('Pyŏngyang')).toBe('pyongyang');
	});
	it('finds a state by any of its names and aliases, in both languages', () => {
		for (const q of ['North Korea', '北朝鮮', '朝鮮民主主義人民共和国', 'dprk', 'PRK']) {
			expect(ids(q)[0], q).toBe('actor:PRK');
		}
		expect(ids('Soviet Union')[0]).toBe('actor:RUS');
		expect(ids('ソ連')[0]).toBe('actor:RUS');
	});
	it('finds ties and events by words of their titles', () => {
		expect(ids('Comprehensive Strategic Partnership')).toContain('tie:rus-prk-2024-treaty');
		expect(ids('ソ朝友好', 'ja')).toContain('tie:ussr-prk-1961-treaty');
		expect(
			search(index, 'partnership treaty', 'en').every((h) => /partnership/i.test(h.label))
		).toBe(true);
	});
	it('returns nothing for an empty query or a query that matches nothing', () => {
		expect(ids('   ')).toEqual([]);
		expect(ids('zzqx-no-such-thing')).toEqual([]);
	});
});
