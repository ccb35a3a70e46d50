import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/core/io/issue.ts';
import { loadDataset } from '../../src/lib/core/io/load.ts';
import { FIELD_CASES } from './cases-fields.ts';
import { FILE_CASES } from './cases-files.ts';
import { DatasetEdits } from './dataset-edits.ts';

// A corpus of broken datasets, each made from the bundled data by one small change. Each must
// fail with its own message at its own place (file, line, field path), and that one mistake
// must not drown in a cascade of follow-on reports.
const CASES = [...FIELD_CASES, ...FILE_CASES];

describe('the bundled data, unbroken', () => {
	it('loads', () => {
		const result = loadDataset(new DatasetEdits().inputs());
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
	});
});

describe('a corpus of broken datasets', () => {
	it('has at least 60 cases with distinct names', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(60);
		expect(new Set(CASES.map(([name]) => name)).size).toBe(CASES.length);
	});

	it.each(CASES)('%s', (_name, breakIt) => {
		const edits = new DatasetEdits();
		const want = breakIt(edits);
		const result = loadDataset(edits.inputs());
		expect(result.ok).toBe(false);
		const issues = result.ok ? [] : result.issues;
		const listed = issues.map(formatIssue);
		const hit = issues.find(
			(i) =>
				i.file === want.file &&
				want.message.test(i.message) &&
				(want.line === undefined || i.line === want.line) &&
				(want.path === undefined || i.path === want.path)
		);
		expect(
			hit,
			`expected ${JSON.stringify({ ...want, message: String(want.message) })} in\n${listed.join('\n')}`
		).toBeDefined();
		expect(listed.length, listed.join('\n')).toBeLessThanOrEqual(want.most ?? 2);
	});
});
