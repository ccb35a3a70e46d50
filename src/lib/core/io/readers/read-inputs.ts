import { checkDecodedText, decodeBytes, LIMITS, normaliseText } from '../limits.ts';
import { formatPath, type DataIssue } from '../issue.ts';
import type { DataInput, RawDocument, ReadOne, ReadResult } from '../raw-input.ts';
import type { MappingOverride } from './csv-mapping.ts';

/** Which reader reads a file, by its name; undefined for a format that is not read. */
export type ReaderFor = (
	path: string
) => ((file: string, text: string, mapping?: MappingOverride) => ReadOne) | undefined;

/**
 * Decodes, normalises and reads every input into raw documents, in path order, with the readers
 * the caller names. Apart from the readers themselves, so a caller that reads only YAML (the
 * app's bundled data) does not carry the XML and CSV parsers.
 */
export function readInputsWith(
	inputs: readonly DataInput[],
	readerFor: ReaderFor,
	onFile?: (file: string, index: number, of: number) => void
): ReadResult {
	const result: ReadResult = { documents: [], issues: [], unreadable: [] };
	const fail = (file: string, reason: string, issues: ReadResult['issues']) => {
		result.issues.push(...issues);
		result.unreadable.push({ file, reason });
	};
	const sorted = [...inputs].sort((a, b) => a.path.localeCompare(b.path));
	for (const [index, input] of sorted.entries()) {
		const file = input.path;
		onFile?.(file, index, sorted.length);
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
