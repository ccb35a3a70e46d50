import { browser, building } from '$app/environment';
import { formatIssues, type DataIssue } from '$lib/core/io/issue.ts';
import type { Dataset } from '$lib/core/io/dataset.ts';
import bundled from 'virtual:tieline-dataset';
import { prepareDataset } from '$lib/state/prepare.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async (): Promise<{
	dataset: Dataset | null;
	issues: DataIssue[];
}> => {
	// The bundled data, read and checked when the app was built (or by the dev server), with the
	// stories told over it; the page only takes it up (no network, no parsing of YAML here).
	// A broken dataset fails the build loudly, with every problem listed.
	if (!bundled.dataset && building) throw new Error(formatIssues(bundled.issues));
	// In the browser, what the explorer works out from it is worked out first, in tasks of its own.
	if (browser && bundled.dataset) await prepareDataset(bundled.dataset);
	return bundled;
};
