import { z } from 'zod';
import { SourceRef } from '../schema/common.ts';
import { SceneView, Story } from '../schema/story.ts';
import type { Dataset } from '../io/dataset.ts';
import { formatPath, type DataIssue } from '../io/issue.ts';
import type { TextFile } from '../io/load.ts';
import { readYamlInputs } from '../io/readers/yaml-inputs.ts';
import { checkStories, type StoryEntry } from '../io/stories.ts';
import type { StoryDraft } from './story-edit.ts';

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

/** Texts as a draft holds them: possibly still empty. */
const DraftText = z.strictObject({ en: z.string(), ja: z.string() });
const DraftStory = z.strictObject({
	id: z.string(),
	title: DraftText,
	summary: DraftText.optional(),
	scenes: z.array(
		z.strictObject({
			id: z.string(),
			view: SceneView,
			caption: DraftText,
			notes: DraftText,
			highlight: z.array(z.string()).optional(),
			sources: z.array(SourceRef)
		})
	)
});
const Draft = z.strictObject({ story: DraftStory, undo: z.array(DraftStory) });

/** A draft kept in the browser, read back; null when it is missing or not a draft. */
export function readDraft(text: string | null): StoryDraft | null {
	if (!text) return null;
	try {
		const parsed = Draft.safeParse(JSON.parse(text));
		return parsed.success ? (parsed.data as StoryDraft) : null;
	} catch {
		return null;
	}
}
