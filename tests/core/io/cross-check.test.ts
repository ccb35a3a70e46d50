import { describe, expect, it } from 'vitest';
import {
	DataError,
	formatIssue,
	formatIssues,
	formatPath
} from '../../../src/lib/core/io/issue.ts';
import { loadDataset } from '../../../src/lib/core/io/load.ts';

const BASE = `sources:
  - { id: s1, title: S, publisher: P, date: 2020, language: en, kind: news }
actors:
  - id: RUS
    kind: state
    names:
      - { to: 1991-12-25, en: USSR, ja: ソ連 }
      - { from: 1991-12-26, en: Russia, ja: ロシア }
    description: { en: R, ja: ロ }
    sources: [s1]
  - { id: PRK, kind: state, names: [{ en: DPRK, ja: 北朝鮮 }], description: { en: D, ja: 北 }, sources: [s1] }
  - { id: nato, kind: organisation, names: [{ en: NATO, ja: NATO }], description: { en: N, ja: N }, sources: [s1] }
`;

/** Loads the base plus one more block of YAML and returns "path: message" lines. */
function problems(extra: string): string[] {
	const result = loadDataset([{ path: 'graph-data/x.yaml', text: BASE + extra }]);
	return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}
const tieYaml = (fields: string) =>
	`ties:\n  - id: t\n    title: { en: T, ja: 条約 }\n    confidence: confirmed\n    sources: [s1]\n${fields}`;

describe('cross-checks', () => {
	it('the base is valid', () => {
		expect(problems('')).toEqual([]);
	});

	it('an agreement needs a signing date and no period fields', () => {
		expect(
			problems(tieYaml('    kind: agreement\n    parties: [RUS, PRK]\n    from: 2000\n'))
		).toEqual([
			'ties[0].from: a agreement has a lifecycle (signed, inForce, ended), not "from"',
			'ties[0].signed: a agreement needs the date it was signed (or issued)'
		]);
	});

	it('a flow needs a start and no lifecycle fields', () => {
		expect(
			problems(tieYaml('    kind: arms-transfer\n    parties: [PRK, RUS]\n    signed: 2023\n'))
		).toEqual([
			'ties[0].signed: a arms-transfer has a period (from, to), not "signed"',
			'ties[0].from: a arms-transfer needs the date it began (from)'
		]);
	});

	it('a flow that ends before it begins, and asOf on a closed period', () => {
		expect(
			problems(
				tieYaml(
					'    kind: arms-transfer\n    parties: [PRK, RUS]\n    from: 2023-09\n    to: 2023-08\n    asOf: 2024\n'
				)
			)
		).toEqual([
			'ties[0].to: ends (2023-08) before it begins (2023-09)',
			'ties[0].asOf: "asOf" is for open-ended periods; this one ends 2023-08'
		]);
	});

	it('a flow within one month (from = to at month precision) is fine', () => {
		expect(
			problems(
				tieYaml(
					'    kind: arms-transfer\n    parties: [PRK, RUS]\n    from: 2022-11\n    to: 2022-11\n'
				)
			)
		).toEqual([]);
	});

	it('partial dates compare by their periods: signed 2000-02-09, inForce 2000 is ordered', () => {
		expect(
			problems(
				tieYaml(
					'    kind: agreement\n    parties: [RUS, PRK]\n    signed: 2000-02-09\n    inForce: 2000\n'
				)
			)
		).toEqual([]);
	});

	it('a suspension before signing or after the end', () => {
		expect(
			problems(
				tieYaml(
					'    kind: agreement\n    parties: [RUS, PRK]\n    signed: 2000\n    ended: { date: 2010, how: expired }\n    suspended:\n      - { from: 1999 }\n      - { from: 2011, to: 2012 }\n'
				)
			)
		).toEqual([
			'ties[0].suspended[0].from: suspension (1999) begins before signing (2000)',
			'ties[0].suspended[1].from: suspension (2011) begins after the end (2010)'
		]);
	});

	it('a party listed twice, and a membership of a state', () => {
		expect(
			problems(tieYaml('    kind: membership\n    parties: [RUS, RUS]\n    from: 2000\n'))
		).toEqual([
			'ties[0].parties[1]: lists "RUS" twice',
			'ties[0].parties[1]: a membership points from member to organisation; "RUS" is a state'
		]);
		expect(
			problems(tieYaml('    kind: membership\n    parties: [RUS, nato]\n    from: 2000\n'))
		).toEqual([]);
	});

	it('a deal belongs to a transfer, and is not ordered after its deliveries end', () => {
		const deal = '    deal: { designation: MiG-29, ordered: 30, orderDate: 1990 }\n';
		expect(
			problems(tieYaml(`    kind: sanctions\n    parties: [RUS, PRK]\n    from: 1988\n${deal}`))
		).toEqual(['ties[0].deal: a sanctions is not a transfer and cannot carry a deal']);
		expect(
			problems(
				tieYaml(
					`    kind: arms-transfer\n    parties: [RUS, PRK]\n    from: 1988\n    to: 1989\n${deal}`
				)
			)
		).toEqual(['ties[0].deal.orderDate: ordered (1990) after deliveries end (1989)']);
		expect(
			problems(tieYaml(`    kind: arms-transfer\n    parties: [RUS, PRK]\n    from: 1988\n${deal}`))
		).toEqual([]);
		expect(
			problems(
				tieYaml(
					'    kind: arms-transfer\n    parties: [RUS, PRK]\n    from: 1988\n    deal: { ordered: 3 }\n'
				)
			)
		).toEqual(['ties[0].deal.designation: Invalid input: expected string, received undefined']);
	});

	it('a multilateral agreement with three parties is fine', () => {
		expect(
			problems(
				tieYaml('    kind: agreement\n    parties: [RUS, PRK, nato]\n    signed: 2005-09-19\n')
			)
		).toEqual([]);
	});

	it('an organisation with a state-like id, and overlapping names', () => {
		const extra = `  - id: ABC
    kind: organisation
    names:
      - { to: 2000, en: A, ja: あ }
      - { from: 2000-06, en: B, ja: い }
    description: { en: A, ja: あ }
    sources: [s1]
`;
		expect(problems(extra)).toEqual([
			'actors[3].id: an organisation\'s id is kebab-case; "ABC" looks like a state code',
			'actors[3].names[1].from: names overlap: "A" runs to 2000, "B" begins 2000-06'
		]);
	});

	it('an absence must cite known actors', () => {
		const absence = `absences:
  - id: no-relations
    kind: diplomatic-relations
    parties: [PRK, JPN]
    asOf: 2024
    description: { en: none, ja: なし }
    sources: [s1]
`;
		expect(problems(absence)).toEqual([
			'absences[0].parties[1]: names actor "JPN", which is not defined in any actors list'
		]);
	});

	it('a note or clause citing an unknown source is reported with its path', () => {
		const fields =
			'    kind: defense-treaty\n    parties: [RUS, PRK]\n    signed: 1961\n' +
			'    clauses:\n      - { obligation: defense, article: "1", text: { en: a, ja: あ }, sources: [s2] }\n' +
			'    notes:\n      - { text: { en: a, ja: あ }, sources: [s1, { id: s3, locator: p. 4 }] }\n';
		expect(problems(tieYaml(fields))).toEqual([
			'ties[0].notes[0].sources[1]: cites source "s3", which is not in the sources registry',
			'ties[0].clauses[0].sources[0]: cites source "s2", which is not in the sources registry'
		]);
	});
});

describe('issue formatting', () => {
	it('formatPath writes indices in brackets', () => {
		expect(formatPath(['ties', 1, 'signed'])).toBe('ties[1].signed');
		expect(formatPath(['ties', 3, 'ended', 'date'])).toBe('ties[3].ended.date');
		expect(formatPath(['ties', 0, 'suspended', 2, 'from'])).toBe('ties[0].suspended[2].from');
		expect(formatPath([])).toBe('(file)');
	});

	it('formatIssue gives file:line:column, or just the file', () => {
		const issue = {
			file: 'graph-data/x.yaml',
			line: 7,
			column: 3,
			path: 'ties[1]',
			message: 'bad'
		};
		expect(formatIssue(issue)).toBe('graph-data/x.yaml:7:3 ties[1]: bad');
		expect(formatIssue({ ...issue, line: undefined })).toBe('graph-data/x.yaml ties[1]: bad');
		expect(formatIssues([issue])).toBe(
			'1 problem in graph-data:\n  graph-data/x.yaml:7:3 ties[1]: bad'
		);
		const error = new DataError([issue, issue]);
		expect(error.issues).toHaveLength(2);
		expect(error.message.startsWith('2 problems in graph-data:')).toBe(true);
	});
});
