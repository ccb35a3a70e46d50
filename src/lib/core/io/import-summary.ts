import { TemporalGraph } from '../model/temporal-graph.ts';
import { dayToIso } from '../time/partial-date.ts';
import type { Dataset } from './dataset.ts';
import type { DataIssue, Result } from './issue.ts';
import type { ReadResult } from './raw-input.ts';

/** The formats a person can open, named by how the file is read. */
export type ImportFormat = 'yaml' | 'json' | 'gexf' | 'graphml' | 'csv' | 'other';

/** The file names the open dialog offers (and what a drop may hold). */
export const IMPORT_EXTENSIONS = ['.yaml', '.yml', '.json', '.gexf', '.graphml', '.csv'];

export function formatOf(path: string): ImportFormat {
	const ext = /\.([a-z]+)$/i.exec(path)?.[1].toLowerCase();
	if (ext === 'yaml' || ext === 'yml') return 'yaml';
	if (ext === 'json' || ext === 'gexf' || ext === 'graphml' || ext === 'csv') return ext;
	return 'other';
}

const COUNTED = ['actors', 'ties', 'events', 'sources'] as const;
export type Counts = Record<(typeof COUNTED)[number], number>;

/** What one file gave before validation: how many items of each kind were read from it. */
export interface FileSummary {
	name: string;
	format: ImportFormat;
	bytes: number;
	/** Items read from the file; null when the file could not be read at all. */
	read: Counts | null;
}

/** What a set of files would give, shown before anything is replaced. */
export interface ImportSummary {
	files: FileSummary[];
	formats: ImportFormat[];
	/** The validated dataset's counts; null when it did not validate. */
	counts: Counts | null;
	/** The first and last day the data speaks of; null when it has no dates or did not validate. */
	span: { from: string; to: string } | null;
	/** Every problem, with file, line and field where the format has them. */
	issues: DataIssue[];
}

const zero = (): Counts => ({ actors: 0, ties: 0, events: 0, sources: 0 });

/** Actors, ties, events and sources in the data read from one file (zero where there are none). */
export function countsOf(data: unknown): Counts {
	const counts = zero();
	if (!data || typeof data !== 'object') return counts;
	for (const key of COUNTED) {
		const items = (data as Record<string, unknown>)[key];
		if (Array.isArray(items)) counts[key] = items.length;
	}
	return counts;
}

/**
 * Summarises an import from what the readers read and what validation made of it: per file its
 * format, size and the items read from it (so a person sees which file gave what, and a file that
 * gave nothing), then the dataset's counts and date span, or every problem.
 */
export function summarizeImport(
	files: readonly { name: string; bytes: number }[],
	read: ReadResult,
	result: Result<Dataset, DataIssue>
): ImportSummary {
	const byFile = new Map(read.documents.map((d) => [d.file, countsOf(d.data)]));
	const summaries = files.map(({ name, bytes }) => ({
		name,
		bytes,
		format: formatOf(name),
		read: byFile.get(name) ?? null
	}));
	const formats = [...new Set(summaries.map((f) => f.format))];
	if (!result.ok)
		return { files: summaries, formats, counts: null, span: null, issues: result.issues };
	const data = result.value;
	const counts = countsOf(data);
	const { start, end } = new TemporalGraph(data).span();
	const span =
		Number.isFinite(start) && Number.isFinite(end)
			? { from: dayToIso(start), to: dayToIso(end) }
			: null;
	return { files: summaries, formats, counts, span, issues: [] };
}
