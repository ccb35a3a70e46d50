/**
 * Which column of a foreign CSV table holds which Tieline field. A proposal is made from the
 * header (names compared without case, spaces, underscores, hyphens or dots, plus common
 * synonyms: Source/Target, Label, Type, Start Date…) and a few rows (Gephi's `Type` column says
 * Directed/Undirected, not a kind; `from`/`to` holding ids rather than dates are the ends of an
 * edge); a caller may change any of it. Columns no field takes are kept as attributes.
 */

export const ACTOR_FIELDS = [
	'id',
	'kind',
	'name_en',
	'name_ja',
	'names',
	'label',
	'cow',
	'lat',
	'lon',
	'x',
	'y',
	'exists_from',
	'exists_to',
	'description_en',
	'description_ja',
	'sources'
] as const;
export const TIE_FIELDS = [
	'id',
	'tie',
	'source',
	'target',
	'parties',
	'kind',
	'title_en',
	'title_ja',
	'label',
	'confidence',
	'signed',
	'inForce',
	'ended',
	'ended_how',
	'from',
	'to',
	'asOf',
	'sources'
] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];
export type TieField = (typeof TIE_FIELDS)[number];
export type MappingField = ActorField | TieField;
export type CsvTable = 'actors' | 'ties';

/** Field → the column (as written in the header) that holds it. */
export type ColumnMapping = Partial<Record<MappingField, string>>;
/** A caller's changes: a field to a column, or to `null` for none (its column is then kept). */
export type MappingOverride = Partial<Record<MappingField, string | null>>;

/** How a field found its column: its own name, a synonym, the column's values, or the caller. */
export type MappedBy = 'name' | 'synonym' | 'content' | 'caller';

/** What a CSV reader did with each column, for the person importing to check. */
export interface CsvMappingSummary {
	table: CsvTable;
	mapped: { field: MappingField; column: string; by: MappedBy }[];
	/** Columns no field takes: kept as attributes of each actor or tie. */
	kept: string[];
	/** Columns read for nothing, and why. */
	dropped: { column: string; why: string }[];
	/** Fields made up where the table has none (e.g. tie ids from row numbers). */
	generated: string[];
}

/** `Start Date`, `start_date` and `startDate` are the same name. */
export const normaliseHeader = (h: string) => h.toLowerCase().replace(/[\s_\-.]+/g, '');

// Synonyms after normalising, best first; a field's own name always comes first.
const ACTOR_SYNONYMS: Partial<Record<ActorField, string[]>> = {
	id: ['key', 'nodeid', 'identifier', 'code', 'iso3'],
	kind: ['type', 'category', 'class', 'actortype', 'nodetype'],
	name_en: ['name', 'englishname', 'nameenglish'],
	name_ja: ['japanesename', 'namejapanese', '日本語名'],
	cow: ['cowcode', 'ccode'],
	lat: ['latitude'],
	lon: ['lng', 'long', 'longitude'],
	x: ['posx'],
	y: ['posy'],
	exists_from: ['founded', 'established', 'start', 'startdate', 'from', 'begin', 'since'],
	exists_to: ['dissolved', 'end', 'enddate', 'to', 'until'],
	description_en: ['description', 'notes'],
	sources: ['sourceids', 'references', 'refs']
};
const TIE_SYNONYMS: Partial<Record<TieField, string[]>> = {
	id: ['edgeid', 'key', 'identifier'],
	source: ['src', 'sourceid', 'sourcenode', 'sender', 'supplier', 'node1', 'actor1', 'origin'],
	target: [
		'tgt',
		'targetid',
		'targetnode',
		'recipient',
		'receiver',
		'node2',
		'actor2',
		'destination',
		'dest'
	],
	parties: ['members', 'participants'],
	kind: ['type', 'relation', 'relationship', 'relationtype', 'tietype', 'edgetype', 'category'],
	title_en: ['title', 'name', 'nameen'],
	title_ja: ['japanesetitle', 'nameja'],
	confidence: ['certainty', 'reliability'],
	signed: ['signeddate', 'datesigned', 'signature', 'signaturedate', 'signingdate'],
	inForce: ['entryintoforce', 'inforcedate', 'effective', 'effectivedate', 'dateinforce'],
	ended: ['endeddate', 'terminated', 'terminationdate', 'dateended', 'expired'],
	ended_how: ['howended', 'endreason'],
	from: ['start', 'startdate', 'begin', 'begins', 'since', 'datefrom', 'startyear', 'date'],
	to: ['end', 'enddate', 'until', 'dateto', 'endyear'],
	asOf: ['asofdate'],
	sources: ['sourceids', 'references', 'refs']
};

/** Columns Tieline's own CSV export computes from the fields; read back for nothing. */
const DERIVED = /^(status|status_timeline|directed|citations|start|end)$|_day$/;
const looksLikeTielineExport = (headers: readonly string[]) =>
	headers.some((h) => h === 'status_timeline' || /_day$/.test(h));

const DIRECTION_WORDS = new Set(['directed', 'undirected', 'mixed', 'mutual']);
const DATE_LIKE = /^(\d{4}(-\d{2}){0,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$/;

type Rows = readonly Record<string, string>[];
const valuesOf = (rows: Rows, column: string) =>
	rows
		.slice(0, 200)
		.map((r) => (r[column] ?? '').trim())
		.filter(Boolean);

/** Gephi's spreadsheet `Type` column: the edge's direction, not what the tie is. */
const isDirectionColumn = (rows: Rows, column: string) => {
	const values = valuesOf(rows, column);
	return values.length > 0 && values.every((v) => DIRECTION_WORDS.has(v.toLowerCase()));
};
const holdsDates = (rows: Rows, column: string) => {
	const values = valuesOf(rows, column);
	return values.length === 0 || values.some((v) => DATE_LIKE.test(v));
};

export interface MappingProposal {
	table: CsvTable;
	mapping: ColumnMapping;
	summary: CsvMappingSummary;
}

/**
 * Proposes a mapping for a table with these headers (and rows, looked at for the few columns
 * whose name is not enough), then applies the caller's override. A table with source and target
 * (or parties) columns is a ties table; any other an actors table.
 */
export function proposeMapping(
	headers: readonly string[],
	rows: Rows = [],
	override: MappingOverride = {}
): MappingProposal {
	const byNorm = new Map<string, string>();
	for (const h of headers) if (!byNorm.has(normaliseHeader(h))) byNorm.set(normaliseHeader(h), h);
	const dropped: CsvMappingSummary['dropped'] = [];
	const taken = new Set<string>();
	const by = new Map<MappingField, MappedBy>();
	const mapping: ColumnMapping = {};
	const take = (field: MappingField, column: string, how: MappedBy) => {
		mapping[field] = column;
		taken.add(column);
		by.set(field, how);
	};
	// Caller's choices first, so no proposal takes a column the caller gave to another field.
	for (const [field, column] of Object.entries(override) as [MappingField, string | null][])
		if (column !== null) take(field, column, 'caller');
	for (const h of headers)
		if (!taken.has(h) && normaliseHeader(h) === 'type' && isDirectionColumn(rows, h)) {
			taken.add(h);
			dropped.push({ column: h, why: 'says Directed/Undirected: the kind decides direction' });
		}
	const find = (field: MappingField, synonyms: Partial<Record<string, string[]>>) => {
		if (field in override) return;
		const names = [normaliseHeader(field), ...(synonyms[field] ?? [])];
		for (const [i, name] of names.entries()) {
			const column = byNorm.get(name);
			if (column !== undefined && !taken.has(column))
				return take(field, column, i === 0 ? 'name' : 'synonym');
		}
	};

	const isTies =
		['source', 'target', 'parties'].some((f) => override[f as MappingField]) ||
		['source', 'target', 'parties'].some((f) => byNorm.has(f)) ||
		TIE_SYNONYMS.source!.some((s) => byNorm.has(s));
	let table: CsvTable = isTies ? 'ties' : 'actors';
	if (!isTies) {
		// An edge list written as from,to: the ends of each edge, when they hold no dates.
		const from = byNorm.get('from');
		const to = byNorm.get('to');
		if (from && to && !holdsDates(rows, from) && !holdsDates(rows, to)) {
			table = 'ties';
			if (!('source' in override) && !taken.has(from)) take('source', from, 'content');
			if (!('target' in override) && !taken.has(to)) take('target', to, 'content');
		}
	}
	const fields = table === 'ties' ? TIE_FIELDS : ACTOR_FIELDS;
	const synonyms = table === 'ties' ? TIE_SYNONYMS : ACTOR_SYNONYMS;
	for (const field of fields) if (mapping[field] === undefined) find(field, synonyms);

	const tieline = looksLikeTielineExport(headers);
	const kept: string[] = [];
	for (const h of headers) {
		if (taken.has(h)) continue;
		if (tieline && DERIVED.test(h))
			dropped.push({ column: h, why: 'computed by Tieline from the other columns' });
		else kept.push(h);
	}
	const generated = table === 'ties' && mapping.id === undefined ? ['id'] : [];
	return {
		table,
		mapping,
		summary: {
			table,
			mapped: [...new Set<MappingField>([...fields, ...ACTOR_FIELDS])]
				.filter((f) => mapping[f] !== undefined)
				.map((f) => ({ field: f, column: mapping[f]!, by: by.get(f)! })),
			kept,
			dropped,
			generated
		}
	};
}

/**
 * Reads a mapping written as `field=Column,field=Column` (`field=` for none), as the CLI's
 * `--map` takes it. Returns the override, or a message naming what is wrong.
 */
export function parseMappingSpec(
	spec: string
): { ok: true; value: MappingOverride } | { ok: false; message: string } {
	const value: MappingOverride = {};
	const known = new Set<string>([...ACTOR_FIELDS, ...TIE_FIELDS]);
	for (const part of spec
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		const eq = part.indexOf('=');
		if (eq <= 0) return { ok: false, message: `"${part}" is not field=Column` };
		const field = part.slice(0, eq).trim();
		if (!known.has(field))
			return {
				ok: false,
				message: `"${field}" is not a field; fields are ${[...known].join(', ')}`
			};
		const column = part.slice(eq + 1).trim();
		value[field as MappingField] = column === '' ? null : column;
	}
	return { ok: true, value };
}

/** The override's columns that the header lacks (each a mistake worth naming). */
export function missingColumns(headers: readonly string[], override: MappingOverride): string[] {
	return Object.values(override).filter(
		(c): c is string => typeof c === 'string' && !headers.includes(c)
	);
}
