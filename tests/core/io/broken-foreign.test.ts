import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocuments } from '../../../src/lib/core/io/load.ts';
import { readInputs } from '../../../src/lib/core/io/readers/index.ts';

// Broken files in other formats, each with the problem it must be reported with (the README
// beside them says how each was made).
const DIR = 'tests/fixtures/broken-foreign';
const problems = (name: string) => {
	const file = `${DIR}/${name}`;
	const result = validateDocuments(readInputs([{ path: file, bytes: readFileSync(file) }]));
	return result.ok ? [] : result.issues;
};

describe('broken foreign files', () => {
	it.each([
		[
			'truncated.gexf',
			{
				line: 23,
				column: 21,
				path: '(xml)',
				message: /ends before <gexf> is closed: it was cut short/
			}
		],
		[
			'missing-node.graphml',
			{
				line: 12,
				path: 'ties[1].parties[1]',
				message: /edge "e2" has target "KOR", which is no node/
			}
		],
		['bad-date.csv', { line: 3, path: 'ties[1].from', message: /month 13/ }],
		[
			'shift-jis.csv',
			{ line: 2, column: 18, path: '(file)', message: /is not UTF-8: byte 0x83 .*Shift_JIS/ }
		],
		['ragged.csv', { line: 3, path: '(csv)', message: /^CSV: Too few fields/ }]
	] as const)('%s is reported with its file, line and field', (name, expected) => {
		const issue = problems(name).find((i) => i.path === expected.path);
		expect(issue).toMatchObject({
			file: `${DIR}/${name}`,
			line: expected.line,
			...('column' in expected ? { column: expected.column } : {}),
			message: expect.stringMatching(expected.message)
		});
	});

	it('the truncated GEXF is one problem, not a cascade of parser errors', () => {
		expect(problems('truncated.gexf').filter((i) => i.path === '(xml)')).toHaveLength(1);
	});
});
