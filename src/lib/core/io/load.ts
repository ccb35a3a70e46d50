import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { COLLECTIONS, FileShape, ITEM_SCHEMAS } from '../schema/index.ts';
import { crossCheck } from './cross-check.ts';
import type { Dataset, LocatedDataset } from './dataset.ts';
import { DataError, formatPath, type DataIssue, type Result } from './issue.ts';

export interface TextFile {
	/** Path as the person editing it knows it, e.g. `graph-data/ties/treaties.yaml`. */
	path: string;
	text: string;
}

interface ParsedFile {
	path: string;
	doc: Document.Parsed;
	lines: LineCounter;
}

function placeOf(
	file: ParsedFile,
	path: readonly PropertyKey[],
	atKey = false
): { line?: number; column?: number } {
	// Walk down as far as the path exists, so a missing field points at its parent.
	let node: unknown = file.doc.contents;
	for (const [i, key] of path.entries()) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
			if (!pair) break;
			// An unknown key is reported at the key itself; anything else at its value.
			node = atKey && i === path.length - 1 ? pair.key : (pair.value ?? pair.key);
		} else if (isSeq(node) && typeof key === 'number') {
			if (!node.items[key]) break;
			node = node.items[key];
		} else break;
	}
	const range = (node as { range?: [number, number, number] } | null)?.range;
	if (!range) return {};
	const pos = file.lines.linePos(range[0]);
	return { line: pos.line, column: pos.col };
}

function zodIssues(file: ParsedFile, error: z.ZodError, prefix: PropertyKey[] = []): DataIssue[] {
	return error.issues.flatMap((issue) => {
		const path = [...prefix, ...(issue.path as PropertyKey[])];
		// Zod reports an unknown key at its parent; point at the key itself, where the typo is.
		const unknownKey = issue.code === 'unrecognized_keys' && issue.keys.length > 0;
		if (unknownKey) path.push(issue.keys[0]);
		return [
			{
				file: file.path,
				path: formatPath(path),
				message: issue.message,
				...placeOf(file, path, unknownKey)
			}
		];
	});
}

/** Parses and validates graph-data files; returns every problem at once, or the dataset. */
export function loadDataset(files: readonly TextFile[]): Result<LocatedDataset, DataIssue> {
	const issues: DataIssue[] = [];
	const dataset: LocatedDataset = {
		sources: [],
		actors: [],
		ties: [],
		events: [],
		absences: [],
		origins: new Map()
	};
	const parsedFiles = new Map<string, ParsedFile>();
	const brokenIds = new Set<string>();
	const unreadable: string[] = [];
	if (files.length === 0) {
		return {
			ok: false,
			issues: [{ file: 'graph-data', path: '(folder)', message: 'no .yaml files found' }]
		};
	}
	for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const lines = new LineCounter();
		const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
		if (doc.errors.length > 0) {
			for (const err of doc.errors) {
				const pos = lines.linePos(err.pos[0]);
				issues.push({
					file: path,
					line: pos.line,
					column: pos.col,
					path: '(yaml)',
					message: `YAML syntax: ${err.message.split('\n')[0]}`
				});
			}
			unreadable.push(path);
			continue;
		}
		const file: ParsedFile = { path, doc, lines };
		parsedFiles.set(path, file);
		const raw = doc.toJS() ?? {};
		const shape = FileShape.safeParse(raw);
		if (!shape.success) {
			issues.push(...zodIssues(file, shape.error));
			continue;
		}
		for (const collection of COLLECTIONS) {
			(shape.data[collection] ?? []).forEach((rawItem, index) => {
				const at = [collection, index];
				const parsed = ITEM_SCHEMAS[collection].safeParse(rawItem);
				if (!parsed.success) {
					issues.push(...zodIssues(file, parsed.error, at));
					// Its id still counts as defined, so one bad item does not cascade into
					// "not defined" reports wherever it is referenced.
					const id = (rawItem as { id?: unknown })?.id;
					if (typeof id === 'string') brokenIds.add(id);
					return;
				}
				const item = parsed.data as object;
				dataset.origins.set(item, { file: path, path: at, ...placeOf(file, at) });
				(dataset[collection] as object[]).push(item);
			});
		}
	}
	// A file that cannot be read defines nothing, so every reference into it would be reported
	// as missing: hundreds of lines hiding the one that matters. Check references once all read.
	const checkReferences = unreadable.length === 0;
	if (!checkReferences) {
		issues.push({
			file: unreadable[0],
			path: '(references)',
			message: `references to ids are not checked until the YAML syntax ${unreadable.length === 1 ? 'error in this file is' : `errors in ${unreadable.length} files are`} fixed`
		});
	}
	const crossIssues = crossCheck(
		dataset,
		(item, field) => {
			const origin = dataset.origins.get(item)!;
			const file = parsedFiles.get(origin.file)!;
			const full = [...origin.path, ...field];
			return { file: origin.file, path: formatPath(full), ...placeOf(file, full) };
		},
		brokenIds,
		checkReferences
	);
	issues.push(...crossIssues);
	return issues.length > 0 ? { ok: false, issues } : { ok: true, value: dataset };
}

/** Loads or throws a DataError listing every problem (for the build and the app). */
export function loadDatasetOrThrow(files: readonly TextFile[]): Dataset {
	const result = loadDataset(files);
	if (!result.ok) throw new DataError(result.issues);
	return result.value;
}
