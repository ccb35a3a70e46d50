import type { z } from 'zod';
import { COLLECTIONS, FileShape, Story, type Text } from '../schema/index.ts';
import { crossCheck } from './cross-check.ts';
import type { LocatedDataset } from './dataset.ts';
import { formatPath, type DataIssue, type Result } from './issue.ts';
import { completeRelaxed, itemSchema, type Profile } from './profile.ts';
import { withForeign, type RawDocument, type ReadResult } from './raw-input.ts';
import { checkStories, type StoryEntry } from './stories.ts';

// Apart from the readers (load.ts), so a page that validates YAML alone carries no CSV or XML parser.

export interface ValidateOptions {
	/** What the data must say: `strict` (graph-data, the build; the default) or `relaxed`. */
	profile?: Profile;
	/** The dataset's name; otherwise the first title a file gives, if any. */
	title?: Text;
}

function zodIssues(doc: RawDocument, error: z.ZodError, prefix: PropertyKey[] = []): DataIssue[] {
	return error.issues.map((issue) => {
		const path = [...prefix, ...(issue.path as PropertyKey[])];
		// Zod reports an unknown key at its parent; point at the key itself, where the typo is.
		const unknownKey = issue.code === 'unrecognized_keys' && issue.keys.length > 0;
		if (unknownKey) path.push(issue.keys[0]);
		return {
			file: doc.file,
			path: formatPath(path),
			message: issue.message,
			...doc.locate(path, unknownKey)
		};
	});
}

/**
 * Validates raw documents from any reader: each item against its zod schema, then the checks
 * across files. Returns every problem at once, or the dataset with where each item was written.
 */
export function validateDocuments(
	read: ReadResult,
	options: ValidateOptions = {}
): Result<LocatedDataset, DataIssue> {
	const profile = options.profile ?? 'strict';
	const issues = [...read.issues];
	const unreadable = [...read.unreadable];
	const dataset: LocatedDataset = {
		sources: [],
		actors: [],
		ties: [],
		events: [],
		absences: [],
		// Missing means strict, so graph-data's dataset stays as it always was.
		...(profile === 'relaxed' ? { profile } : {}),
		origins: new Map()
	};
	const title = options.title ?? read.documents.find((d) => d.title)?.title;
	if (title) dataset.title = typeof title === 'string' ? { en: title, ja: title } : title;
	const documents = new Map<string, RawDocument>();
	const brokenIds = new Set<string>();
	const stories: StoryEntry[] = [];
	for (const doc of read.documents) {
		documents.set(doc.file, doc);
		const raw = doc.data;
		const shape = FileShape.safeParse(raw);
		if (!shape.success) {
			issues.push(...zodIssues(doc, shape.error));
			// An unknown top-level key (`tie:` for `ties:`) or a collection that is not a list may
			// hold ids: read what can be read, but do not report references into it as missing.
			unreadable.push({ file: doc.file, reason: 'problem' });
		}
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) continue;
		for (const collection of COLLECTIONS) {
			const items = (raw as Record<string, unknown>)[collection];
			if (!Array.isArray(items)) continue;
			items.forEach((rawItem, index) => {
				const at = [collection, index];
				const parsed = itemSchema(profile, collection).safeParse(
					profile === 'relaxed' ? withForeign(doc, collection, index, rawItem) : rawItem
				);
				if (!parsed.success) {
					issues.push(...zodIssues(doc, parsed.error, at));
					// Its id still counts as defined, so one bad item does not cascade into
					// "not defined" reports wherever it is referenced.
					const id = (rawItem as { id?: unknown })?.id;
					if (typeof id === 'string') brokenIds.add(id);
					return;
				}
				const item = parsed.data as object;
				dataset.origins.set(item, { file: doc.file, path: at, ...doc.locate(at) });
				(dataset[collection] as object[]).push(item);
			});
		}
		const rawStories = (raw as Record<string, unknown>).stories;
		if (Array.isArray(rawStories))
			rawStories.forEach((rawStory, index) => {
				const parsed = Story.safeParse(rawStory);
				if (parsed.success) stories.push({ story: parsed.data, doc, index });
				else issues.push(...zodIssues(doc, parsed.error, ['stories', index]));
			});
	}
	// A file that cannot be read defines nothing, so every reference into it would be reported
	// as missing: hundreds of lines hiding the one that matters. Check references once all read.
	const checkReferences = unreadable.length === 0;
	if (!checkReferences) {
		const syntax = unreadable.every((u) => u.reason === 'YAML syntax error');
		const what =
			unreadable.length === 1
				? `${unreadable[0].reason} in this file is`
				: `${syntax ? 'YAML syntax errors' : 'problems'} in ${unreadable.length} files are`;
		issues.push({
			file: unreadable[0].file,
			path: '(references)',
			message: `references to ids are not checked until the ${what} fixed`
		});
	}
	if (profile === 'relaxed') completeRelaxed(dataset);
	const crossIssues = crossCheck(
		dataset,
		(item, field) => {
			const origin = dataset.origins.get(item)!;
			const full = [...origin.path, ...field];
			return {
				file: origin.file,
				path: formatPath(full),
				...documents.get(origin.file)!.locate(full)
			};
		},
		brokenIds,
		checkReferences,
		profile
	);
	issues.push(...crossIssues);
	// Stories are told over the data, not part of it; only a folder that has some carries them.
	if (stories.length > 0) {
		if (checkReferences) issues.push(...checkStories(stories, dataset, brokenIds));
		dataset.stories = stories.map((s) => s.story);
	}
	return issues.length > 0 ? { ok: false, issues } : { ok: true, value: dataset };
}
