import type { Case } from './cases-fields.ts';

const TREATIES = 'ties/treaties.yaml';
const BAD_MONTH = ['inForce: 1950-04-11', 'inForce: 1950-13-11'] as const;

function aliasBomb(): string {
	let text = 'ties:\n  - id: bomb\n    notes: &a0 [x, x, x, x, x, x, x, x, x]\n';
	for (let i = 1; i < 10; i++)
		text += `    n${i}: &a${i} [${Array(9)
			.fill(`*a${i - 1}`)
			.join(', ')}]\n`;
	return text;
}

/** Mistakes in whole files: encodings, sizes, YAML features, structure, line endings. */
export const FILE_CASES: Case[] = [
	[
		'a Latin-1 é',
		(d) => {
			const line = d.replace(
				'ties/diplomatic-relations.yaml',
				'en: Diplomatic relations, USSR/Russia–DPRK',
				'en: Relations café'
			);
			const bytes = new TextEncoder().encode(d.text('ties/diplomatic-relations.yaml'));
			const at = bytes.findIndex((b, i) => b === 0xc3 && bytes[i + 1] === 0xa9);
			const latin1 = new Uint8Array([...bytes.slice(0, at), 0xe9, ...bytes.slice(at + 2)]);
			d.set('ties/diplomatic-relations.yaml', latin1);
			return {
				file: 'graph-data/ties/diplomatic-relations.yaml',
				line,
				path: '(file)',
				message: new RegExp(`is not UTF-8: byte 0xE9 at byte offset ${at} `)
			};
		}
	],
	[
		'a UTF-16 file',
		(d) => {
			const text = d.text(TREATIES);
			const utf16 = new Uint8Array(2 + text.length * 2);
			utf16.set([0xff, 0xfe]);
			for (let i = 0; i < text.length; i++)
				utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
			d.set(TREATIES, utf16);
			return { file: `graph-data/${TREATIES}`, path: '(file)', message: /is UTF-16/ };
		}
	],
	[
		'a binary file',
		(d) => {
			d.set(
				'ties/zz.yaml',
				new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
			);
			return { file: 'graph-data/ties/zz.yaml', path: '(file)', message: /not UTF-8|NUL byte/ };
		}
	],
	[
		'text with NUL bytes',
		(d) => {
			d.set('ties/zz.yaml', 'ties: []\n\0\0\0\n');
			return {
				file: 'graph-data/ties/zz.yaml',
				line: 2,
				path: '(file)',
				message: /NUL byte at byte offset 9/
			};
		}
	],
	[
		'a file over the size limit',
		(d) => {
			d.set('ties/zz.yaml', 'ties: []\n' + '#'.repeat(9 * 1024 * 1024) + '\n');
			return {
				file: 'graph-data/ties/zz.yaml',
				path: '(file)',
				message: /a data file may have at most 8,388,608/
			};
		}
	],
	[
		'a 2,000,000-character title',
		(d) => {
			const at = d.field(
				TREATIES,
				'ussr-chn-1950-treaty',
				'title',
				`{ en: ${'x'.repeat(2_000_000)}, ja: 条約 }`
			);
			return {
				file: at.file,
				line: at.line,
				path: '(yaml)',
				message: /a text of 2,000,000 characters; at most 10,000/
			};
		}
	],
	[
		'an alias bomb',
		(d) => {
			d.set('ties/zz.yaml', aliasBomb());
			return {
				file: 'graph-data/ties/zz.yaml',
				line: 4,
				path: '(yaml)',
				message: /YAML aliases expand too far/
			};
		}
	],
	[
		'20,000 nested brackets',
		(d) => {
			d.set('ties/zz.yaml', 'ties: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n');
			return {
				file: 'graph-data/ties/zz.yaml',
				line: 1,
				path: '(yaml)',
				message: /brackets nest deeper than 32 levels/
			};
		}
	],
	[
		'20,000 nested block lists',
		(d) => {
			d.set('ties/zz.yaml', 'ties:\n  ' + '- '.repeat(20_000) + 'x\n');
			return {
				file: 'graph-data/ties/zz.yaml',
				path: '(yaml)',
				message: /nesting is (too deep|deeper)/
			};
		}
	],
	[
		'40 nested lists',
		(d) => {
			d.set(
				'ties/zz.yaml',
				'ties:\n' +
					Array.from({ length: 40 }, (_, i) => ' '.repeat(2 * i + 2) + '-').join('\n') +
					' x\n'
			);
			return {
				file: 'graph-data/ties/zz.yaml',
				path: '(yaml)',
				message: /nesting is deeper than 32 levels/
			};
		}
	],
	[
		'a JavaScript tag',
		(d) => {
			const at = d.field(TREATIES, 'ussr-chn-1950-treaty', 'confidence', '!js/function confirmed');
			return {
				file: at.file,
				line: at.line,
				path: '(yaml)',
				message: /YAML tag !js\/function is not allowed/
			};
		}
	],
	[
		'a binary tag',
		(d) => {
			const at = d.field(TREATIES, 'ussr-chn-1950-treaty', 'confidence', '!!binary Y29uZmlybWVk');
			return {
				file: at.file,
				line: at.line,
				path: '(yaml)',
				message: /YAML tag tag:yaml.org,2002:binary is not allowed/
			};
		}
	],
	[
		'an empty file',
		(d) => {
			d.set('ties/zz.yaml', '');
			return { file: 'graph-data/ties/zz.yaml', path: '(file)', message: /is empty/, most: 1 };
		}
	],
	[
		'a file of comments only',
		(d) => {
			d.set('ties/zz.yaml', '# to do\n# later\n');
			return {
				file: 'graph-data/ties/zz.yaml',
				path: '(file)',
				message: /holds only comments/,
				most: 1
			};
		}
	],
	[
		'CR-only line endings are read like LF',
		(d) => {
			const line = d.replace(TREATIES, ...BAD_MONTH);
			d.set(TREATIES, d.text(TREATIES).replace(/\n/g, '\r'));
			return {
				file: `graph-data/${TREATIES}`,
				line,
				path: 'ties[0].inForce',
				message: /no month 13/,
				most: 1
			};
		}
	],
	[
		'CRLF line endings are read like LF',
		(d) => {
			const line = d.replace(TREATIES, ...BAD_MONTH);
			d.set(TREATIES, d.text(TREATIES).replace(/\n/g, '\r\n'));
			return {
				file: `graph-data/${TREATIES}`,
				line,
				path: 'ties[0].inForce',
				message: /no month 13/,
				most: 1
			};
		}
	],
	[
		'a UTF-8 byte-order mark is read',
		(d) => {
			const line = d.replace(TREATIES, ...BAD_MONTH);
			d.set(TREATIES, '\uFEFF' + d.text(TREATIES));
			return {
				file: `graph-data/${TREATIES}`,
				line,
				path: 'ties[0].inForce',
				message: /no month 13/,
				most: 1
			};
		}
	],
	[
		'text already decoded with U+FFFD in it',
		(d) => {
			const line = d.lineOf(TREATIES, 'Sino-Soviet Treaty of Friendship');
			d.set(TREATIES, d.text(TREATIES).replace('Sino-Soviet', 'Sino-Sovi\uFFFDt'), true);
			return { file: `graph-data/${TREATIES}`, line, path: '(file)', message: /holds U\+FFFD/ };
		}
	],
	[
		'a tab for indentation',
		(d) => {
			const line = d.replace(TREATIES, '    confidence: confirmed', '\tconfidence: confirmed');
			return {
				file: `graph-data/${TREATIES}`,
				line,
				path: '(yaml)',
				message: /Tabs are not allowed/
			};
		}
	],
	[
		'an unknown top-level key does not cascade',
		(d) => {
			d.replace('ties/flows.yaml', '\nties:\n', '\ntie:\n');
			return {
				file: 'graph-data/ties/flows.yaml',
				path: 'tie',
				message: /Unrecognized key: "tie"/
			};
		}
	],
	[
		'a collection that is not a list',
		(d) => {
			d.set('ties/zz.yaml', 'ties: 5\n');
			return { file: 'graph-data/ties/zz.yaml', line: 1, path: 'ties', message: /expected array/ };
		}
	],
	[
		'a list at the top of a file',
		(d) => {
			d.set('ties/zz.yaml', '- id: x\n');
			return { file: 'graph-data/ties/zz.yaml', path: '(file)', message: /expected object/ };
		}
	],
	[
		'an unclosed quote',
		(d) => {
			const line = d.replace(TREATIES, "article: '1'", "article: '1");
			return { file: `graph-data/${TREATIES}`, line, path: '(yaml)', message: /YAML syntax/ };
		}
	],
	[
		'a key written twice',
		(d) => {
			const at = d.field(
				TREATIES,
				'ussr-chn-1950-treaty',
				'kind',
				'defense-treaty\n    kind: agreement'
			);
			return {
				file: at.file,
				line: at.line + 1,
				path: '(yaml)',
				message: /Map keys must be unique/
			};
		}
	],
	[
		'a broken .yml file is read like .yaml',
		(d) => {
			d.set('ties/extra.yml', 'ties:\n  - id: x\n    kind: nonsense\n');
			return {
				file: 'graph-data/ties/extra.yml',
				line: 3,
				path: 'ties[0].kind',
				message: /Invalid option/,
				most: 5
			};
		}
	],
	[
		'JSON in a .yaml file is read with lines',
		(d) => {
			d.set('ties/zz.yaml', '{\n  "ties": [\n    { "id": "x", "kind": "nonsense" }\n  ]\n}\n');
			return {
				file: 'graph-data/ties/zz.yaml',
				line: 3,
				path: 'ties[0].kind',
				message: /Invalid option/,
				most: 5
			};
		}
	],
	[
		'a GraphML label of 20,000 characters',
		(d) => {
			d.set(
				'zz.graphml',
				`<graphml>\n<key id="l" for="node" attr.name="label" attr.type="string"/>\n<graph>\n<node id="a"><data key="l">${'x'.repeat(20_000)}</data></node>\n</graph>\n</graphml>\n`
			);
			return {
				file: 'graph-data/zz.graphml',
				line: 4,
				path: 'actors[0].names[0].en',
				message: /a text of 20,000 characters/
			};
		}
	],
	[
		'a GEXF file that is not well-formed XML',
		(d) => {
			d.set(
				'zz.gexf',
				'<gexf version="1.3">\n<graph>\n<nodes><node id="a></nodes>\n</graph></gexf>\n'
			);
			return { file: 'graph-data/zz.gexf', line: 3, path: '(xml)', message: /^XML: / };
		}
	],
	[
		'a CSV row with too few cells',
		(d) => {
			d.set('zz.csv', 'id,kind,name_en\nNOR,state,Norway\nSWE\n');
			return { file: 'graph-data/zz.csv', line: 3, path: '(csv)', message: /CSV: Too few fields/ };
		}
	],
	[
		'a file in a format Tieline does not read',
		(d) => {
			d.set('ties/notes.txt', 'ties: []\n');
			return {
				file: 'graph-data/ties/notes.txt',
				path: '(file)',
				message: /is not a format Tieline reads/
			};
		}
	]
];
