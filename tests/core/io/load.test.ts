import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../../src/lib/core/io/issue.ts';
import { loadDataset, loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';

const SOURCES = `sources:
  - id: s1
    title: Source one
    publisher: P
    date: 2020
    language: en
    kind: news
  - id: s-ja
    title: 日本語の資料
    titleEn: A Japanese source
    publisher: P
    date: 2020-01
    language: ja
    kind: news
  - id: s-no-title-en
    title: 한국어 자료
    publisher: P
    date: 2021-03-04
    language: ko
    kind: news
`;

const ACTORS = `actors:
  - id: RUS
    kind: state
    names: [{ en: Russia, ja: ロシア }]
    description: { en: R, ja: ロ }
    sources: [s1]
  - id: PRK
    kind: state
    names: [{ en: DPRK, ja: 北朝鮮 }]
    description: { en: D, ja: 北 }
    sources: [s-ja]
  - id: unsc
    kind: organisation
    names: [{ en: UNSC, ja: 安保理 }]
    description: { en: U, ja: 安 }
    sources: [s1]
  - id: russia
    kind: state
    names: [{ en: Russia, ja: ロシア }]
    description: { en: R, ja: ロ }
    sources: [s1]
  - id: KOR
    kind: state
    description: { en: no names here, ja: 名前なし }
    sources: [s1]
`;

const tie = (id: string, body: string) => `  - id: ${id}
    title: { en: T, ja: 条約 }
${body}`;
const AGR = '    kind: agreement\n    parties: [RUS, PRK]\n    confidence: confirmed\n';
const TIES =
	'ties:\n' +
	[
		tie('t-ok', AGR + '    sources: [s1]\n    signed: 2000\n'),
		tie('t-typo', AGR + '    sources: [s1]\n    singed: 2000-02-09\n'),
		tie('t-bad-date', AGR + '    sources: [s1]\n    signed: 2023-01\n    inForce: 2023-02-29\n'),
		tie(
			't-bad-conf',
			'    kind: agreement\n    parties: [RUS, PRK]\n    confidence: certain\n    sources: [s1]\n    signed: 2001\n'
		),
		tie('t-no-sources', AGR + '    signed: 2001\n'),
		tie('t-empty-sources', AGR + '    sources: []\n    signed: 2001\n'),
		tie('t-unknown-source', AGR + '    sources: [s1, nope]\n    signed: 2001\n'),
		tie(
			't-unknown-actor',
			'    kind: agreement\n    parties: [RUS, XXX]\n    confidence: reported\n    sources: [s1]\n    signed: 2001\n'
		),
		tie('t-ok', AGR + '    sources: [s1]\n    signed: 2002\n'),
		tie('t-force-first', AGR + '    sources: [s1]\n    signed: 2005-06-01\n    inForce: 2005-05\n'),
		tie(
			't-ended-early',
			AGR +
				'    sources: [s1]\n    signed: 2005\n    inForce: 2006-03-01\n    ended: { date: 2006-02, how: expired }\n'
		),
		tie(
			't-three',
			'    kind: arms-transfer\n    parties: [RUS, PRK, unsc]\n    confidence: alleged\n    sources: [s1]\n    from: 2023-09\n'
		),
		tie(
			't-member-state',
			'    kind: membership\n    parties: [RUS, PRK]\n    confidence: confirmed\n    sources: [s1]\n    from: 1991\n'
		),
		tie(
			't-refers-broken-actor',
			'    kind: diplomatic-relations\n    parties: [KOR, RUS]\n    confidence: confirmed\n    sources: [s1]\n    from: 1990-09-30\n'
		)
	].join('');

const EVENTS = `events:
  - id: e1
    date: 2024-06-19
    kind: signing
    actors: [RUS, ZZZ]
    ties: [t-typo, t-missing]
    title: { en: E, ja: 出来事 }
    confidence: confirmed
    sources: [s1]
`;

const BROKEN_YAML = `sources:
  - id: s9
    title: [unclosed
    publisher: P
`;

const FILES = [
	{ path: 'graph-data/sources.yaml', text: SOURCES },
	{ path: 'graph-data/actors.yaml', text: ACTORS },
	{ path: 'graph-data/ties.yaml', text: TIES },
	{ path: 'graph-data/events.yaml', text: EVENTS }
];

/** 1-based line of the n-th line of `text` containing `needle` (after `after`, if given). */
function lineOf(text: string, needle: string, after?: string): number {
	const lines = text.split('\n');
	const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
	const i = lines.findIndex((l, k) => k >= from && l.includes(needle));
	if (i < 0) throw new Error(`"${needle}" not in text`);
	return i + 1;
}

function allIssues(): DataIssue[] {
	const result = loadDataset(FILES);
	if (result.ok) throw new Error('expected problems');
	return result.issues;
}

function find(file: string, path: string, message: RegExp): DataIssue {
	const hits = allIssues().filter(
		(i) => i.file === `graph-data/${file}` && i.path === path && message.test(i.message)
	);
	expect(hits, `${file} ${path} ${message}`).toHaveLength(1);
	return hits[0];
}

describe('loadDataset reports every problem at once', () => {
	it('lists problems from every broken file', () => {
		const files = new Set(allIssues().map((i) => i.file));
		expect([...files].sort()).toEqual([
			'graph-data/actors.yaml',
			'graph-data/events.yaml',
			'graph-data/sources.yaml',
			'graph-data/ties.yaml'
		]);
		expect(allIssues()).toHaveLength(17);
	});

	it('every issue has a 1-based line', () => {
		for (const issue of allIssues()) expect(issue.line, issue.message).toBeGreaterThanOrEqual(1);
	});

	const T = (needle: string, after?: string) => lineOf(TIES, needle, after);
	// [what, file, path, message, line the issue must point at]
	// prettier-ignore
	const CASES = [
		['bad date', 'ties.yaml', 'ties[2].inForce', /"2023-02-29" is not a calendar day/, T('2023-02-29')],
		['bad confidence', 'ties.yaml', 'ties[3].confidence', /"confirmed"\|"reported"\|"alleged"/, T('certain')],
		['missing sources', 'ties.yaml', 'ties[4].sources', /expected array/, T('- id: t-no-sources')],
		['empty sources', 'ties.yaml', 'ties[5].sources', /cites no source/, T('sources: []')],
		['unknown source id', 'ties.yaml', 'ties[6].sources[1]', /"nope".*not in the sources registry/, T('[s1, nope]')],
		['unknown actor', 'ties.yaml', 'ties[7].parties[1]', /"XXX".*not defined/, T('[RUS, XXX]')],
		['duplicate id', 'ties.yaml', 'ties[8].id', /tie id "t-ok" is used more than once/, T('- id: t-ok', 'id: t-unknown-actor')],
		['inForce before signed', 'ties.yaml', 'ties[9].inForce', /inForce \(2005-05\) is before signed/, T('inForce: 2005-05')],
		['ended before inForce', 'ties.yaml', 'ties[10].ended.date', /ended.date \(2006-02\) is before inForce/, T('date: 2006-02')],
		['directed kind, 3 parties', 'ties.yaml', 'ties[11].parties', /arms-transfer is directed.*found 3/, T('[RUS, PRK, unsc]')],
		['membership of a state', 'ties.yaml', 'ties[12].parties[1]', /membership.*"PRK" is a state/, T('parties', 'id: t-member-state')],
		['state id not alpha-3', 'actors.yaml', 'actors[3].id', /alpha-3.*"russia"/, lineOf(ACTORS, 'id: russia')],
		['actor without names', 'actors.yaml', 'actors[4].names', /expected array/, lineOf(ACTORS, 'id: KOR')],
		['no titleEn', 'sources.yaml', 'sources[2].titleEn', /"ko" needs an English title/, lineOf(SOURCES, 'id: s-no-title-en')],
		['event, unknown actor', 'events.yaml', 'events[0].actors[1]', /"ZZZ".*not defined/, lineOf(EVENTS, 'ZZZ')],
		['event, unknown tie', 'events.yaml', 'events[0].ties[1]', /"t-missing".*not defined/, lineOf(EVENTS, 't-missing')]
	] as const;
	it.each(CASES)('%s', (_what, file, path, message, line) => {
		expect(find(file, path, message).line).toBe(line);
	});

	it('reports an unknown key (a typo) by name', () => {
		const issue = find('ties.yaml', 'ties[1].singed', /Unrecognized key.*"singed"/);
		expect(issue.line).not.toBe(lineOf(TIES, '- id: t-typo'));
	});

	it('points an unknown key at the line it is written on', () => {
		const issue = allIssues().find((i) => /singed/.test(i.message))!;
		expect(issue.line).toBe(lineOf(TIES, 'singed:'));
	});

	it('a bad item does not cascade into "not defined" reports for its id', () => {
		const messages = allIssues().map((i) => i.message);
		expect(messages.filter((m) => m.includes('"KOR"'))).toEqual([]);
		expect(messages.filter((m) => m.includes('"t-typo"'))).toEqual([]);
	});

	it('a bad item does not hide problems in its good neighbours', () => {
		// ties[1..5] are broken in shape; ties[6..13] are still cross-checked.
		const tiePaths = allIssues()
			.filter((i) => i.file === 'graph-data/ties.yaml')
			.map((i) => i.path.replace(/\..*$/, ''));
		for (const i of [6, 7, 8, 9, 10, 11, 12]) expect(tiePaths).toContain(`ties[${i}]`);
		expect(tiePaths).not.toContain('ties[0]');
		expect(tiePaths).not.toContain('ties[13]');
	});

	it('an empty file list is a problem, not an empty dataset', () => {
		const result = loadDataset([]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0].message).toMatch(/no \.yaml or \.yml files/);
	});

	it('a file with an unknown collection is reported', () => {
		const result = loadDataset([{ path: 'graph-data/x.yaml', text: 'tie:\n  - id: a\n' }]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0].message).toMatch(/"tie"/);
	});

	it('duplicate keys in one mapping are a YAML error', () => {
		const result = loadDataset([
			{ path: 'graph-data/x.yaml', text: 'sources:\n  - id: a\n    id: b\n' }
		]);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.issues[0].path).toBe('(yaml)');
			expect(result.issues[0].line).toBe(3);
		}
	});
});

describe('loading a good dataset', () => {
	const GOOD = [
		{ path: 'graph-data/sources.yaml', text: SOURCES.split('  - id: s-no-title-en')[0] },
		{ path: 'graph-data/actors.yaml', text: ACTORS.split('  - id: russia')[0] },
		{
			path: 'graph-data/ties.yaml',
			text: 'ties:\n' + tie('t-ok', AGR + '    sources: [s1]\n    signed: 2000\n')
		}
	];

	it('returns the items with their origins', () => {
		const result = loadDataset(GOOD);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const data = result.value;
		expect(data.actors.map((a) => a.id)).toEqual(['RUS', 'PRK', 'unsc']);
		expect(data.ties[0].signed).toBe('2000'); // a bare YAML year is kept as text
		expect(data.sources[0].date).toBe('2020');
		expect(data.origins.get(data.ties[0])).toEqual({
			file: 'graph-data/ties.yaml',
			path: ['ties', 0],
			line: 2,
			column: 5
		});
	});

	it('loadDatasetOrThrow throws a DataError listing each problem', () => {
		expect(() => loadDatasetOrThrow(GOOD)).not.toThrow();
		let error: unknown;
		try {
			loadDatasetOrThrow(FILES);
		} catch (e) {
			error = e;
		}
		expect((error as Error).name).toBe('DataError');
		expect((error as Error).message).toMatch(/^17 problems in graph-data:\n/);
		expect((error as Error).message).toContain('graph-data/ties.yaml:');
	});
});

describe('a file that cannot be read', () => {
	const result = loadDataset([...FILES, { path: 'graph-data/broken.yaml', text: BROKEN_YAML }]);
	const issues = result.ok ? [] : result.issues;

	it('is reported with the line of its syntax error', () => {
		const syntax = issues.filter((i) => i.file === 'graph-data/broken.yaml' && i.path === '(yaml)');
		expect(syntax).toHaveLength(1);
		expect(syntax[0].message).toMatch(/^YAML syntax/);
		expect(syntax[0].line).toBe(lineOf(BROKEN_YAML, 'publisher'));
	});

	it('holds back "not defined" reports, which it might answer, and says so once', () => {
		expect(issues.filter((i) => /not defined|not in the sources registry/.test(i.message))).toEqual(
			[]
		);
		const held = issues.filter((i) => i.path === '(references)');
		expect(held).toHaveLength(1);
		expect(held[0].file).toBe('graph-data/broken.yaml');
		expect(held[0].message).toMatch(
			/not checked until the YAML syntax error in this file is fixed/
		);
	});

	it('still lists every other problem of the other files', () => {
		expect(issues.some((i) => i.path === 'ties[9].inForce')).toBe(true);
		expect(issues.some((i) => /used more than once/.test(i.message))).toBe(true);
		expect(issues.some((i) => /"ko" needs an English title/.test(i.message))).toBe(true);
	});
});
