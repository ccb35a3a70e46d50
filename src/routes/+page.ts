import { building } from '$app/environment';
import { validateDocuments } from '$lib/core/io/validate.ts';
import { readYamlInputs } from '$lib/core/io/readers/yaml-inputs.ts';
import { formatIssues, type DataIssue } from '$lib/core/io/issue.ts';
import type { Dataset } from '$lib/core/io/dataset.ts';
import { bundledFiles } from '$lib/data/bundled.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = (): { dataset: Dataset | null; issues: DataIssue[] } => {
	// YAML only: the other formats' readers load when someone opens a file of their own.
	const result = validateDocuments(readYamlInputs(bundledFiles()));
	if (!result.ok) {
		// A broken dataset fails the build loudly, with every problem listed.
		if (building) throw new Error(formatIssues(result.issues));
		return { dataset: null, issues: result.issues };
	}
	// The stories come with the data they are told over, inlined the same way (no network).
	const { sources, actors, ties, events, absences, stories } = result.value;
	return {
		dataset: { sources, actors, ties, events, absences, ...(stories ? { stories } : {}) },
		issues: []
	};
};
