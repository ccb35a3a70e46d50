import type { DatasetEdits } from './dataset-edits.ts';

/** What a broken dataset must report: a problem in this file, on this line, at this field. */
export interface Expected {
	file: string;
	line?: number;
	path?: string;
	message: RegExp;
	/** At most this many problems in all (default 2): one mistake, not a cascade. */
	most?: number;
}

export type Case = [name: string, breakIt: (d: DatasetEdits) => Expected];

const T = ['ties/treaties.yaml', 'ussr-chn-1950-treaty'] as const;
const A = ['ties/agreements.yaml', 'rus-prk-2000-treaty'] as const;
const F = ['ties/flows.yaml', 'prk-rus-ballistic-missiles'] as const;
const M = ['ties/organisations.yaml', 'rus-member-unsc'] as const;
const E = ['events/core.yaml', '2024-06-19-putin-in-pyongyang'] as const;
const S = ['actors/states.yaml', 'RUS'] as const;
const SRC = ['sources/core.yaml', 'cow-state-system-2016'] as const;
const AB = ['absences/diplomatic.yaml', 'no-dipl-jpn-prk'] as const;

type Item = readonly [string, string];

/** A case that sets one field of one item and expects a message at that field. */
function at(
	name: string,
	[file, id]: Item,
	field: string,
	value: string | undefined,
	message: RegExp,
	path?: string,
	most?: number
): Case {
	return [
		name,
		(d) => {
			const place = d.field(file, id, field, value);
			const where = path ?? field;
			return {
				file: place.file,
				// A problem reported at another field of the item has another line.
				line: where.startsWith(field) ? place.line : undefined,
				path: `${place.item}.${path ?? field}`,
				message,
				most
			};
		}
	];
}

const MEMBERSHIP = (id: string, from: string, to: string) => `  - id: ${id}
    kind: membership
    parties: [${from}, ${to}]
    title: { en: Member, ja: 加盟 }
    confidence: confirmed
    from: 2000
    sources: [cow-state-system-2016]
`;

/** Mistakes in the fields of items: schema, references, lifecycles. */
export const FIELD_CASES: Case[] = [
	at('a month 13', T, 'inForce', '1950-13-11', /no month 13/),
	at('30 February', T, 'inForce', '1950-02-30', /"1950-02-30" is not a calendar day/),
	at('a day 32', A, 'signed', '2000-01-32', /not a calendar day|no day 32/),
	at('an unpadded date', T, 'signed', '1950-2-14', /1950-2-14/),
	at('a word for a date', T, 'signed', 'yesterday', /yesterday/),
	at('year 0000 is quoted as written', T, 'inForce', '0000', /inForce \(0000\) is before signed/),
	at(
		'in force before signed',
		T,
		'inForce',
		'1949-01-01',
		/inForce \(1949-01-01\) is before signed/
	),
	at('an unknown confidence', T, 'confidence', 'certain', /Invalid option/),
	at('an unknown kind', T, 'kind', 'alliance', /Invalid option/),
	at('one party', T, 'parties', '[RUS]', /at least two parties/),
	at('an unknown party', T, 'parties', '[RUS, RUX]', /names actor "RUX"/, 'parties[1]'),
	at('a party twice', T, 'parties', '[RUS, RUS]', /lists "RUS" twice/, 'parties[1]'),
	at(
		'an unknown source',
		A,
		'sources',
		'[no-such-source]',
		/cites source "no-such-source"/,
		'sources[0]'
	),
	at('no source', A, 'sources', '[]', /cites no source/),
	at('no Japanese title', T, 'title', '{ en: Treaty }', /expected string/, 'title.ja'),
	at(
		'a blank English title',
		T,
		'title',
		"{ en: '  ', ja: 条約 }",
		/English text is empty/,
		'title.en'
	),
	at('an agreement with a period', T, 'from', '1950', /has a lifecycle .*not "from"/),
	at(
		'an agreement never signed',
		A,
		'signed',
		undefined,
		/needs the date it was signed/,
		'signed',
		3
	),
	// A tie no event names, so the renaming itself breaks no reference.
	at(
		'an id not in kebab-case',
		['ties/diplomatic-relations.yaml', 'dipl-chn-prk'],
		'id',
		'Bad_Id',
		/kebab-case/
	),
	at('a misspelt key', T, 'singed', '1950', /Unrecognized key: "singed"/),
	at(
		'renewed before signing',
		T,
		'renewed',
		'[1940]',
		/renewal \(1940\) is before signing/,
		'renewed[0]'
	),
	at(
		'suspended before signing',
		T,
		'suspended',
		'[{ from: 1940 }]',
		/suspension \(1940\) begins before signing/,
		'suspended[0].from'
	),
	at(
		'asOf before the flow begins',
		F,
		'from',
		'2026',
		/asOf \(2025-05-29\) is before the arms-transfer begins \(2026\)/,
		'asOf'
	),
	at('an end and an asOf', F, 'to', '2025-06', /"asOf" is for open-ended periods/, 'asOf'),
	at(
		'a flow with three parties',
		F,
		'parties',
		'[PRK, RUS, CHN]',
		/directed and needs exactly two parties/
	),
	at('a flow that was signed', F, 'signed', '2023', /has a period \(from, to\), not "signed"/),
	at('a flow with no start', F, 'from', undefined, /needs the date it began/),
	at(
		'a membership of a state',
		M,
		'parties',
		'[RUS, CHN]',
		/points from member to organisation; "CHN" is a state/,
		'parties[1]'
	),
	at('an event with no actors', E, 'actors', '[]', /at least one actor/),
	at('an event with an unknown actor', E, 'actors', '[RUS, RUX]', /names actor "RUX"/, 'actors[1]'),
	at(
		'an event about an unknown tie',
		E,
		'ties',
		'[no-such-tie]',
		/names tie "no-such-tie"/,
		'ties[0]'
	),
	at('an unknown event kind', E, 'kind', 'parade', /Invalid option/),
	at('an event on 31 June', E, 'date', '2024-06-31', /not a calendar day/),
	at('a negative COW code', S, 'cow', '-365', /too small/i),
	at('latitude 95', S, 'capital', '{ lat: 95, lon: 37.62 }', /too big/i, 'capital.lat'),
	at('longitude -200', S, 'capital', '{ lat: 55.76, lon: -200 }', /too small/i, 'capital.lon'),
	at('no names', S, 'names', '[]', /needs at least one name/),
	at(
		'overlapping names',
		S,
		'names',
		'[{ to: 1991-12-25, en: USSR, ja: ソ連 }, { from: 1991-12-01, en: Russia, ja: ロシア }]',
		/names overlap/,
		'names[1].from'
	),
	at(
		'an actor that ends before it begins',
		S,
		'exists',
		'{ from: 2000, to: 1990 }',
		/ends \(1990\) before it begins/,
		'exists.to'
	),
	at(
		'a state as an organisation',
		S,
		'kind',
		'organisation',
		/"RUS" looks like a state code/,
		'id',
		3
	),
	at('a three-letter language', SRC, 'language', 'eng', /two-letter language code/),
	at(
		'a Russian source with no English title',
		SRC,
		'language',
		'ru',
		/needs an English title/,
		'titleEn'
	),
	at('a source in month 0', SRC, 'date', '2017-00', /2017-00/),
	at('an unknown source kind', SRC, 'kind', 'blog', /Invalid option/),
	at('a source with no publisher', SRC, 'publisher', undefined, /expected string/),
	at('a URL that is not one', SRC, 'url', 'not a url', /must be a web address/),
	at('an absence of three', AB, 'parties', '[JPN, PRK, USA]', /exactly two actors/),
	at(
		'an absence with an unknown actor',
		AB,
		'parties',
		'[JPN, XXX]',
		/names actor "XXX"/,
		'parties[1]'
	),
	at('an absence of another kind', AB, 'kind', 'alliance', /Invalid input/),
	[
		'a membership cycle of two',
		(d) => {
			d.set(
				'ties/zz-cycle.yaml',
				'ties:\n' + MEMBERSHIP('c-1', 'g7', 'nato') + MEMBERSHIP('c-2', 'nato', 'g7')
			);
			return {
				file: 'graph-data/ties/zz-cycle.yaml',
				line: 11,
				path: 'ties[1].parties',
				message: /memberships run in a circle: g7 → nato → g7/,
				most: 1
			};
		}
	],
	[
		'a membership cycle of three',
		(d) => {
			d.set(
				'ties/zz-cycle.yaml',
				'ties:\n' +
					MEMBERSHIP('c-1', 'eu', 'g7') +
					MEMBERSHIP('c-2', 'g7', 'nato') +
					MEMBERSHIP('c-3', 'nato', 'eu')
			);
			return {
				file: 'graph-data/ties/zz-cycle.yaml',
				message: /memberships run in a circle: (?=.*eu)(?=.*g7)(?=.*nato)/,
				most: 1
			};
		}
	],
	[
		'a duplicate source id names both places',
		(d) => {
			const first = d.lineOf('sources/core.yaml', '- id: cow-state-system-2016');
			d.set(
				'sources/zz-dup.yaml',
				'sources:\n  - id: cow-state-system-2016\n    title: Again\n    publisher: P\n    date: 2017\n    language: en\n    kind: reference\n'
			);
			return {
				file: 'graph-data/sources/zz-dup.yaml',
				line: 2,
				path: 'sources[0].id',
				message: new RegExp(
					`used more than once: also at graph-data/sources/core\\.yaml:${first}:\\d+ \\(sources\\[\\d+\\]\\.id\\)`
				),
				most: 1
			};
		}
	],
	[
		'a duplicate actor id names both places',
		(d) => {
			const first = d.lineOf('actors/states.yaml', '- id: RUS');
			d.set(
				'actors/zz-dup.yaml',
				'actors:\n  - id: RUS\n    kind: state\n    names: [{ en: R, ja: ロ }]\n    description: { en: R, ja: ロ }\n    sources: [cow-state-system-2016]\n'
			);
			return {
				file: 'graph-data/actors/zz-dup.yaml',
				line: 2,
				path: 'actors[0].id',
				message: new RegExp(
					`actor id "RUS" is used more than once: also at graph-data/actors/states\\.yaml:${first}:`
				),
				most: 1
			};
		}
	],
	[
		'a duplicate tie id in two files names both places',
		(d) => {
			const first = d.lineOf('ties/treaties.yaml', '- id: ussr-chn-1950-treaty');
			d.set('ties/zz-dup.yaml', 'ties:\n' + MEMBERSHIP('ussr-chn-1950-treaty', 'RUS', 'nato'));
			return {
				file: 'graph-data/ties/zz-dup.yaml',
				line: 2,
				path: 'ties[0].id',
				message: new RegExp(
					`tie id "ussr-chn-1950-treaty" is used more than once: also at graph-data/ties/treaties\\.yaml:${first}:`
				),
				most: 1
			};
		}
	]
];
