import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { localLocator } from '../../../src/lib/core/i18n/locator.ts';

describe('where in a source, in the reader’s language', () => {
	it('writes articles and paragraphs the Japanese way', () => {
		expect(localLocator('Article 4', 'ja')).toBe('第4条');
		expect(localLocator('Art. 3', 'ja')).toBe('第3条');
		expect(localLocator('Article V', 'ja')).toBe('第5条');
		expect(localLocator('Article IX', 'ja')).toBe('第9条');
		expect(localLocator('Art. 4(1)', 'ja')).toBe('第4条(1)');
		expect(localLocator('para. 2', 'ja')).toBe('第2項');
		expect(localLocator('Article 4', 'en')).toBe('Article 4');
	});

	it('leaves the rest as written', () => {
		for (const l of ['第一条', '제4조', 'Korean Armistice', 'p. 492', '2nd paragraph', 'Articles'])
			expect(localLocator(l, 'ja')).toBe(l);
	});

	it('turns every English article locator in the bundled data into Japanese', () => {
		const text = readGraphData('graph-data')
			.map((f) => f.text ?? new TextDecoder().decode(f.bytes))
			.join('\n');
		const locators = [...text.matchAll(/locator: (Art(?:icle|\.) [^},\n]+)/g)].map((m) => m[1]);
		expect(locators.length).toBeGreaterThan(5);
		for (const l of locators) expect(localLocator(l.trim(), 'ja')).toMatch(/^第\d+条/);
	});
});
