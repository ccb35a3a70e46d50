import type { ForeignAttributes } from '../schema/common.ts';
import type { DataIssue } from './issue.ts';
import type { Place } from './limits.ts';
import type { CsvMappingSummary, MappingOverride } from './readers/csv-mapping.ts';

/**
 * One input file, as bytes (the CLI, the build check) or as text already decoded (the app); a
 * CSV table may come with the caller's changes to the proposed column mapping.
 */
export type DataInput = (
	| { path: string; text: string; bytes?: undefined }
	| { path: string; bytes: Uint8Array; text?: undefined }
) & { mapping?: MappingOverride };

/** What a reader made of a foreign file, for the person importing it to check before accepting. */
export interface ReadSummary {
	format: 'csv' | 'gexf' | 'graphml';
	/** CSV: which column became which field, what was kept and what was dropped. */
	csv?: CsvMappingSummary;
	/** Attribute or column names kept on actors or ties as `attributes` (shown, not checked). */
	kept: string[];
	/** What the reader inferred, in words (e.g. a status over time read as lifecycle dates). */
	notes: string[];
}

/**
 * What every reader makes of its format, before validation: plain data in the shape of a
 * graph-data file (`{ sources?, actors?, ties?, events?, absences? }`, items not yet checked) and
 * a way to find where a field was written. zod and crossCheck run on this alone, so YAML, JSON,
 * CSV, GEXF and GraphML share one set of messages.
 */
export interface RawDocument {
	/** Path as the person who wrote it knows it, e.g. `graph-data/ties/treaties.yaml`. */
	file: string;
	data: unknown;
	/**
	 * Line and column of a field path such as `['ties', 3, 'signed']`, walking down as far as the
	 * path exists; `atKey` points at the key rather than its value (for unknown keys). Empty where
	 * the format has no lines.
	 */
	locate(path: readonly PropertyKey[], atKey?: boolean): Place;
	/**
	 * What a graph file says about an item beyond Tieline's fields, by collection and index (the
	 * same index as in `data`): its other attributes and, for an edge, whether the file drew it
	 * directed. Read under the relaxed profile only; the strict profile knows no such fields.
	 */
	foreign?: Partial<Record<'actors' | 'ties', (ForeignItem | undefined)[]>>;
	/** The dataset's name where the file gives one (GEXF's meta title). */
	title?: string;
	/** Foreign formats: what was mapped, kept and inferred. */
	summary?: ReadSummary;
}

export interface ForeignItem {
	attributes?: ForeignAttributes;
	directed?: boolean;
}

/** What reading a set of inputs gave: documents, problems, and which files could not be read. */
export interface ReadResult {
	documents: RawDocument[];
	issues: DataIssue[];
	/**
	 * Files that failed before their items could be read (syntax, encoding, limits, an unknown
	 * top-level key): any id might be defined there, so references are not checked meanwhile.
	 */
	unreadable: { file: string; reason: string }[];
}

/** A reader's answer for one file: raw data, or the problems that stopped it. */
export type ReadOne =
	| { ok: true; raw: RawDocument; issues?: DataIssue[] }
	| { ok: false; issues: DataIssue[]; reason: string };

/** A raw item with what its graph file said beyond Tieline's fields, for the relaxed profile. */
export function withForeign(
	doc: RawDocument,
	collection: string,
	index: number,
	item: unknown
): unknown {
	const extra = doc.foreign?.[collection as 'actors' | 'ties']?.[index];
	if (!extra || !item || typeof item !== 'object') return item;
	const own = item as Record<string, unknown>;
	return {
		...(extra.directed === undefined ? {} : { directed: extra.directed }),
		...own,
		...(extra.attributes
			? { attributes: { ...extra.attributes, ...(own.attributes as object | undefined) } }
			: {})
	};
}

/** A collection's raw items with what the file said beyond Tieline's fields merged in. */
export function rawItems(doc: RawDocument, collection: 'actors' | 'ties'): unknown[] {
	const list = (doc.data as Record<string, unknown> | null)?.[collection];
	return Array.isArray(list) ? list.map((item, i) => withForeign(doc, collection, i, item)) : [];
}
