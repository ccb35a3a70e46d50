import { checkDecodedText, decodeBytes, normaliseText } from '../limits.ts';
import type { DataInput, ReadOne, ReadResult } from '../raw-document.ts';
import { readGexf } from './gexf.ts';
import { readGraphml } from './graphml.ts';
import { readYaml } from './yaml.ts';

/** The file names a data folder is read for, the same in the CLI, the build and the app. */
export const YAML_FILE = /\.ya?ml$/;

/** The readers by file name; JSON is read by the YAML reader (JSON is YAML, and keeps lines). */
function readerFor(path: string): ((file: string, text: string) => ReadOne) | undefined {
	if (YAML_FILE.test(path) || /\.json$/i.test(path)) return readYaml;
	if (/\.gexf$/i.test(path)) return readGexf;
	if (/\.graphml$/i.test(path)) return readGraphml;
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
		const one = read(file, normaliseText(text));
		if (one.ok) {
			result.documents.push(one.document);
			result.issues.push(...(one.issues ?? []));
		} else fail(file, one.reason, one.issues);
	}
	return result;
}
