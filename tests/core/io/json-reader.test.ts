import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/lib/core/io/readers/json.ts';
import { readYaml } from '../../../src/lib/core/io/readers/yaml.ts';
import { LIMITS } from '../../../src/lib/core/io/limits.ts';

const doc = {
	actors: [{ id: 'AAA', names: [{ en: 'A "quoted" name', ja: 'エー' }] }],
	ties: [{ id: 't', parties: ['AAA', 'BBB'], n: 1.5e3, ok: true, none: null }]
};

describe('readJson', () => {
	it('reads the same data as the YAML reader, and places a field by its line', () => {
		const text = JSON.stringify(doc, null, 2);
		const fast = readJson('d.json', text);
		const slow = readYaml('d.json', text);
		expect(fast.ok && slow.ok).toBe(true);
		if (!fast.ok || !slow.ok) return;
		expect(fast.raw.data).toEqual(slow.raw.data);
		const line = text.split('\n').findIndex((l) => l.includes('"parties"')) + 1;
		expect(fast.raw.locate(['ties', 0, 'parties'])).toEqual(
			slow.raw.locate(['ties', 0, 'parties'])
		);
		expect(fast.raw.locate(['ties', 0, 'parties']).line).toBe(line);
	});

	it('reports a key written twice in one object, with its place (JSON.parse would keep the last)', () => {
		const text = '{\n  "ties": [],\n  "ties": [{"id": "x"}]\n}\n';
		const r = readJson('d.json', text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues[0]).toMatchObject({ file: 'd.json', line: 3 });
		expect(r.issues[0].message).toMatch(/unique|ties/i);
	});

	it('allows the same key in different objects', () => {
		const r = readJson('d.json', '{"a": {"id": 1}, "b": {"id": 2}}');
		expect(r.ok).toBe(true);
	});

	it('names the line and column of a syntax error', () => {
		const r = readJson('d.json', '{\n  "ties": [1, 2,,]\n}');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0]).toMatchObject({ file: 'd.json', line: 2 });
	});

	it('refuses a text longer than the limit, as YAML does', () => {
		const long = 'x'.repeat(LIMITS.stringLength + 1);
		const r = readJson('d.json', JSON.stringify({ sources: [{ title: long }] }));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0].message).toMatch(/characters/);
	});
});
