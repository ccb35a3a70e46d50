import { Story } from '../schema/story.ts';
import type { Dataset } from '../io/dataset.ts';
import { formatPath, type DataIssue } from '../io/issue.ts';
import type { TextFile } from '../io/load.ts';
import { readYamlInputs } from '../io/readers/yaml-inputs.ts';
import { checkStories, type StoryEntry } from '../io/stories.ts';

/**
 * Checks a story file as `graph story validate` would, against data already loaded: read from
 * the YAML text with places, each story against its schema, then against the data. The same
 * messages, file, line and field path as the loader gives.
 */
export function checkStoryFile(file: TextFile, data: Dataset): DataIssue[] {
	const read = readYamlInputs([file]);
	const issues: DataIssue[] = [...read.issues];
	const entries: StoryEntry[] = [];
	for (const doc of read.documents) {
		const raw = (doc.data as { stories?: unknown } | null)?.stories;
		if (!Array.isArray(raw)) continue;
		raw.forEach((item, index) => {
			const parsed = Story.safeParse(item);
			if (parsed.success) return entries.push({ story: parsed.data, doc, index });
			for (const issue of parsed.error.issues) {
				const path = ['stories', index, ...(issue.path as PropertyKey[])];
				issues.push({
					file: doc.file,
					path: formatPath(path),
					message: issue.message,
					...doc.locate(path)
				});
			}
		});
	}
	return [...issues, ...checkStories(entries, data)];
}
