import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/core/io/load.ts';
import { isUnsourced } from '../../../src/lib/core/io/profile.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { isDirectedTie } from '../../../src/lib/core/schema/tie.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';

// Gephi Lite's sample files, shared beside the project (../shared/fixtures/README.md).
const SHARED = '../shared/fixtures';
const sample = (name: string) => ({
	path: `${SHARED}/${name}`,
	bytes: readFileSync(`${SHARED}/${name}`)
});
const lineOf = (name: string, needle: string) =>
	readFileSync(`${SHARED}/${name}`, 'utf8')
		.split('\n')
		.findIndex((l) => l.includes(needle)) + 1;

const relaxed = (text: string, path = 'foreign.yaml') =>
	loadDataset([{ path, text }], { profile: 'relaxed' });
const issuesOf = (r: ReturnType<typeof relaxed>) => (r.ok ? [] : r.issues);

describe('Gephi Lite’s samples', () => {
	it.each([
		['les-miserables.gexf', 77, 254, '<node '],
		['airlines.graphml', 235, 2101, '<node '],
		['java.gexf', 1538, 8032, '<node ']
	])(
		'%s validates under the relaxed profile (%i actors, %i ties) and fails under strict at its first node',
		(name, actors, ties, needle) => {
			const open = loadDataset([sample(name)], { profile: 'relaxed' });
			expect(open.ok ? [] : open.issues.slice(0, 3)).toEqual([]);
			if (!open.ok) return;
			expect(open.value.actors).toHaveLength(actors);
			expect(open.value.ties).toHaveLength(ties);
			expect(open.value.profile).toBe('relaxed');

			const strict = loadDataset([sample(name)]);
			expect(strict.ok).toBe(false);
			expect(strict.ok ? undefined : strict.issues[0]).toEqual({
				file: `${SHARED}/${name}`,
				line: lineOf(name, needle),
				column: expect.any(Number),
				path: 'actors[0].kind',
				message: 'Invalid option: expected one of "state"|"organisation"'
			});
		}
	);

	it('keeps what the sample says beyond Tieline’s fields, and marks what it does not say', () => {
		const r = loadDataset([sample('les-miserables.gexf')], { profile: 'relaxed' });
		if (!r.ok) throw new Error(r.issues[0].message);
		const valjean = r.value.actors.find((a) => a.names[0].en === 'Valjean')!;
		expect(valjean.kind).toBeUndefined();
		expect(valjean.names[0].ja).toBe('Valjean');
		expect(valjean.attributes).toMatchObject({ modularity_class: 1, size: 100 });
		expect(isUnsourced(valjean)).toBe(true);
		const tie = r.value.ties.find((t) => t.attributes?.cooccurrence === 8)!;
		expect(tie.kind).toBe('tie');
		expect(tie.undated).toBe(true);
		expect(isDirectedTie(tie)).toBe(false);
		expect(r.value.title).toEqual({ en: 'Les Miserables.gexf', ja: 'Les Miserables.gexf' });
		// An undated edge holds at every date, as in the file.
		const graph = new TemporalGraph(r.value);
		expect(graph.at(isoToDay('1862-04-03')!).ties).toHaveLength(254);
		expect(graph.at(isoToDay('2024-01-01')!).actors).toHaveLength(77);
	});

	it('reads the java sample’s edges as directed, its ties of a foreign kind', () => {
		const r = loadDataset([sample('java.gexf')], { profile: 'relaxed' });
		if (!r.ok) throw new Error(r.issues[0].message);
		expect(r.value.ties.every((t) => isDirectedTie(t))).toBe(true);
	});
});

const YAML = `actors:
  - id: a
    names: [{ en: Alpha }]
  - id: AUT
    kind: state
    names: [{ ja: オーストリア }]
ties:
  - id: t1
    kind: river treaty
    parties: [a, AUT]
    from: 1999-05
    basin: Danube
    length_km: 2850
`;

describe('the relaxed profile', () => {
	it('takes a free-form kind, an unknown actor kind, one language, no sources; keeps other keys', () => {
		const r = relaxed(YAML);
		expect(issuesOf(r)).toEqual([]);
		if (!r.ok) return;
		const [a, b] = r.value.actors;
		expect(a.kind).toBeUndefined();
		expect(a.names[0]).toEqual({ en: 'Alpha', ja: 'Alpha' });
		expect(b.names[0]).toEqual({ en: 'オーストリア', ja: 'オーストリア' });
		const tie = r.value.ties[0];
		expect(tie.kind).toBe('river treaty');
		expect(tie.sources).toEqual([]);
		expect(tie.attributes).toEqual({ basin: 'Danube', length_km: 2850 });
		expect(tie.title).toEqual({ en: 'Alpha – オーストリア', ja: 'Alpha–オーストリア' });
		expect(tie.undated).toBeUndefined();
	});

	it('the strict profile refuses the same file, naming each problem where it is', () => {
		const r = loadDataset([{ path: 'foreign.yaml', text: YAML }]);
		const issues = r.ok ? [] : r.issues;
		expect(issues[0]).toMatchObject({ file: 'foreign.yaml', line: 2, path: 'actors[0].kind' });
		expect(issues.map((i) => i.path)).toEqual(
			expect.arrayContaining(['actors[0].kind', 'ties[0].kind', 'ties[0].basin', 'ties[0].sources'])
		);
	});

	it('still checks dates, their order and references, with the strict profile’s messages', () => {
		const text = YAML.replace('from: 1999-05', 'from: 1999-13\n    to: 1998').replace(
			'parties: [a, AUT]',
			'parties: [a, AUX]'
		);
		const issues = issuesOf(relaxed(text));
		expect(issues).toEqual([
			expect.objectContaining({
				file: 'foreign.yaml',
				line: 11,
				path: 'ties[0].from',
				message: expect.stringContaining('month 13')
			})
		]);
		const order = issuesOf(relaxed(YAML.replace('from: 1999-05', 'from: 1999-05\n    to: 1998')));
		expect(order).toEqual([
			expect.objectContaining({
				line: 12,
				path: 'ties[0].to',
				message: 'ends (1998) before it begins (1999-05)'
			})
		]);
		const refs = issuesOf(relaxed(YAML.replace('parties: [a, AUT]', 'parties: [a, AUX]')));
		expect(refs).toEqual([
			expect.objectContaining({
				line: 10,
				path: 'ties[0].parties[1]',
				message: 'names actor "AUX", which is not defined in any actors list'
			})
		]);
	});

	it('asks for a start where an end is given, and for a signature where later steps are', () => {
		const ended = YAML.replace('from: 1999-05', 'to: 2001');
		expect(issuesOf(relaxed(ended))).toEqual([
			expect.objectContaining({
				path: 'ties[0].from',
				message: 'a river treaty needs the date it began (from)'
			})
		]);
		const agreement = YAML.replace('kind: river treaty', 'kind: agreement').replace(
			'from: 1999-05',
			'inForce: 1999-05'
		);
		expect(issuesOf(relaxed(agreement))).toEqual([
			expect.objectContaining({
				path: 'ties[0].signed',
				message: 'a agreement needs the date it was signed (or issued)'
			})
		]);
	});

	it('refuses an empty kind, a nameless actor and an attribute that is not a plain value', () => {
		const text = YAML.replace('kind: river treaty', 'kind: " "')
			.replace('names: [{ en: Alpha }]', 'names: [{}]')
			.replace('basin: Danube', 'basin: { upper: Danube }');
		const issues = issuesOf(relaxed(text));
		expect(issues.map((i) => [i.path, i.line, i.message])).toEqual([
			['actors[0].names[0]', 3, 'needs an English or Japanese name'],
			['ties[0].kind', 9, 'is empty'],
			[
				'ties[0].basin',
				12,
				'"basin" is not a field Tieline knows; as an attribute it must be a text, a number or true/false'
			]
		]);
	});
});

describe('foreign attributes with awkward names', () => {
	it('keeps `constructor` as an attribute and never touches a prototype', () => {
		const text = `{ "actors": [{ "id": "a", "names": [{ "en": "A" }], "__proto__": { "polluted": 1 }, "constructor": 2 }] }`;
		const r = loadDataset([{ path: 'odd.json', text }], { profile: 'relaxed' });
		if (!r.ok) throw new Error(r.issues[0].message);
		const attributes = r.value.actors[0].attributes!;
		// zod's object parsing leaves `__proto__` out; nothing reaches a prototype either way.
		expect(attributes).toEqual({ constructor: 2 });
		expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
