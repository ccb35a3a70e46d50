import type { Dataset, LocatedDataset } from './dataset.ts';
import { DataError, type DataIssue, type Result } from './issue.ts';
import type { DataInput } from './raw-input.ts';
import { readInputs } from './readers/index.ts';
import { validateDocuments, type ValidateOptions } from './validate.ts';

export { validateDocuments, type ValidateOptions };

export interface TextFile {
	/** Path as the person editing it knows it, e.g. `graph-data/ties/treaties.yaml`. */
	path: string;
	text: string;
}

export interface LoadOptions extends ValidateOptions {
	/** The folder or file the inputs came from, for the message when there are none. */
	source?: string;
}

/** Parses and validates graph-data files; returns every problem at once, or the dataset. */
export function loadDataset(
	files: readonly (TextFile | DataInput)[],
	options: LoadOptions = {}
): Result<LocatedDataset, DataIssue> {
	if (files.length === 0) {
		return {
			ok: false,
			issues: [
				{
					file: options.source ?? 'graph-data',
					path: '(folder)',
					message: 'no .yaml or .yml files found'
				}
			]
		};
	}
	return validateDocuments(readInputs(files as DataInput[]), {
		profile: options.profile,
		title: options.title
	});
}

/** Loads or throws a DataError listing every problem (for the build and the app). */
export function loadDatasetOrThrow(
	files: readonly (TextFile | DataInput)[],
	options: LoadOptions = {}
): Dataset {
	const result = loadDataset(files, options);
	if (!result.ok) throw new DataError(result.issues);
	return result.value;
}
