import type { Dataset } from './dataset.ts';
import { validateDocuments } from './validate.ts';
import type { DataInput } from './raw-input.ts';
import { readInputs } from './readers/index.ts';
import { countsOf, summarizeImport, type ImportSummary } from './import-summary.ts';

/**
 * The rules a person's own files are checked by. Foreign data rarely has sources, Japanese names
 * or Tieline's kinds, so it is read under the relaxed profile; graph-data/ and the build stay
 * strict. The one place to change it.
 */
export const IMPORT_PROFILE = 'relaxed' as const;

/** What opening a set of files gives: the summary to show, and the dataset when it validated. */
export interface ImportResult {
	summary: ImportSummary;
	dataset: Dataset | null;
}

/**
 * How far opening has gone, for a person waiting on a large file: reading file `index + 1` of
 * `of`, then checking the items read (ids, references, dates) as one step.
 */
export type ImportProgress =
	{ step: 'read'; file: string; index: number; of: number } | { step: 'check'; items: number };

/**
 * Reads and validates a person's files, all or nothing: any problem and there is no dataset,
 * only the list. The same for a file just opened and one reopened from the browser's storage.
 */
export function importData(
	inputs: readonly DataInput[],
	progress?: (p: ImportProgress) => void
): ImportResult {
	const read = readInputs(inputs, (file, index, of) =>
		progress?.({ step: 'read', file, index, of })
	);
	progress?.({ step: 'check', items: itemsRead(read) });
	const result = validateDocuments(read, { profile: IMPORT_PROFILE });
	const files = inputs.map((i) => ({
		name: i.path,
		bytes: i.bytes ? i.bytes.byteLength : new TextEncoder().encode(i.text).byteLength
	}));
	if (files.length === 0)
		return {
			summary: summarizeImport(files, read, {
				ok: false,
				issues: [{ file: '(none)', path: '(file)', message: 'no file was given' }]
			}),
			dataset: null
		};
	const summary = summarizeImport(files, read, result);
	// The dataset as validation made it, with whatever it carries beyond the collections.
	return { summary, dataset: result.ok ? result.value : null };
}

/** Actors, ties, events and sources read from every file, before they are checked. */
function itemsRead(read: ReturnType<typeof readInputs>): number {
	let n = 0;
	for (const doc of read.documents)
		for (const count of Object.values(countsOf(doc.data))) n += count;
	return n;
}
