import { checkDecodedText, decodeBytes, LIMITS, normaliseText } from '../limits.ts';
import { formatPath, type DataIssue } from '../issue.ts';
import type { RawDocument } from '../raw-input.ts';
import type { DataInput, ReadOne, ReadResult } from '../raw-input.ts';
import { readCsv } from './csv.ts';
import type { MappingOverride } from './csv-mapping.ts';
import { addEndActors } from './end-actors.ts';
import { readGexf } from './gexf.ts';
import { readGraphml } from './graphml.ts';
import { readYaml } from './yaml.ts';

/** The file names a data folder is read for, the same in the CLI, the build and the app. */
export const YAML_FILE = /\.ya?ml$/;

/** The readers by file name; JSON is read by the YAML reader (JSON is YAML, and keeps lines). */
function readerFor(
	path: string
): ((file: string, text: string, mapping?: MappingOverride) => ReadOne) | undefined {
	if (YAML_FILE.test(path) || /\.json$/i.test(path)) return readYaml;
	if (/\.gexf$/i.test(path)) return readGexf;
	if (/\.graphml$/i.test(path)) return readGraphml;
	if (/\.csv$/i.test(path)) return readCsv;
	return undefined;
}

/** Decodes, normalises and reads every input into raw documents, in path order. */
export function readInputs(inputs: readonly DataInput[]): ReadResult {
	const result: ReadResult = { documents: [], issues: [], unreadable: [] };
	const fail = (file: string, reason: string, issues: ReadResult['issues']) => {
		result.issues.push(...issues);
		result.unreadable.push({ file, reason });
	};
	for (const input of [...inputs].sort((a, b) => a.path.localeCompare(b.path))) {
		const file = input.path;
		let text: string;
		if (input.bytes) {
			const decoded = decodeBytes(file, input.bytes);
			if (!decoded.ok) {
				fail(file, 'problem', [decoded.issue]);
				continue;
			}
			text = decoded.text;
		} else {
			const bad = checkDecodedText(file, input.text);
			if (bad) {
				fail(file, 'problem', [bad]);
				continue;
			}
			text = input.text;
		}
		const read = readerFor(file);
		if (!read) {
			fail(file, 'problem', [{ file, path: '(file)', message: 'is not a format Tieline reads' }]);
			continue;
		}
		const one = read(file, normaliseText(text), input.mapping);
		const tooLong = one.ok ? longTexts(one.raw) : [];
		if (tooLong.length > 0) fail(file, 'problem', tooLong);
		else if (one.ok) {
			result.documents.push(one.raw);
			result.issues.push(...(one.issues ?? []));
		} else fail(file, one.reason, one.issues);
	}
	addEndActors(result.documents);
	return result;
}

/** Texts over the length limit in any format (the YAML reader checks its own while parsing). */
function longTexts(doc: RawDocument): DataIssue[] {
	const issues: DataIssue[] = [];
	const stack: [unknown, PropertyKey[]][] = [[doc.data, []]];
	while (stack.length > 0 && issues.length < 5) {
		const [value, path] = stack.pop()!;
		if (typeof value === 'string' && value.length > LIMITS.stringLength) {
			issues.push({
				file: doc.file,
				path: formatPath(path),
				message: `a text of ${value.length.toLocaleString('en')} characters; at most ${LIMITS.stringLength.toLocaleString('en')} are allowed`,
				...doc.locate(path)
			});
		} else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value))
				stack.push([v, [...path, Array.isArray(value) ? Number(k) : k]]);
		}
	}
	return issues;
}
