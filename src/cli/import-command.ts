import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { rawItems, type DataInput, type ReadSummary } from '../lib/core/io/raw-input.ts';
import { parseMappingSpec, type MappingOverride } from '../lib/core/io/readers/csv-mapping.ts';
import { readInputs } from '../lib/core/io/readers/index.ts';
import { COLLECTIONS } from '../lib/core/schema/index.ts';
import { formatDataIssues, loadDataPath, readGraphData, shown } from './read-graph-data.ts';

export const IMPORT_USAGE = `  import PATH [--actors FILE] [--map F=COL,…] [--actors-map F=COL,…] --out DIR
                                    convert a GEXF, GraphML, CSV or Tieline JSON file (or a folder
                                    of YAML) into Tieline YAML in DIR, one file per list
                                    (actors.yaml, ties.yaml, …), then check DIR and list what
                                    must still be fixed (exit 1 if anything); DIR must not
                                    already hold .yaml files. A CSV's columns are matched to
                                    fields by name (Source, Target, Label, Type, Start Date…);
                                    --map changes that for PATH (kind=Relation,from=Begin;
                                    field= for none), --actors names the actors table of an
                                    edge list and --actors-map its mapping. What was mapped,
                                    kept as attributes and dropped is printed.`;

export interface ImportOptions {
	out?: string;
	/** The actors table read with a ties table. */
	actors?: string;
	/** `field=Column,…` for PATH and for the actors table. */
	map?: string;
	actorsMap?: string;
}

export interface ImportResult {
	stdout: string;
	stderr: string;
	code: number;
}

const usage = (message: string): ImportResult => ({ stdout: '', stderr: message + '\n', code: 2 });

/** What each foreign file gave, as the import prints it. */
export function formatReadSummary(file: string, summary: ReadSummary): string {
	const lines = [`${file} (${summary.format}):`];
	const csv = summary.csv;
	if (csv) {
		lines.push(`  read as the ${csv.table} table`);
		if (csv.mapped.length)
			lines.push(
				`  mapped: ${csv.mapped.map((m) => `${m.field} ← "${m.column}"${m.by === 'name' ? '' : ` (${m.by})`}`).join(', ')}`
			);
		for (const d of csv.dropped) lines.push(`  dropped "${d.column}": ${d.why}`);
		if (csv.generated.length)
			lines.push(`  made up: ${csv.generated.join(', ')} (from row numbers)`);
	}
	if (summary.kept.length)
		lines.push(`  kept as attributes: ${summary.kept.map((k) => `"${k}"`).join(', ')}`);
	for (const n of summary.notes) lines.push(`  ${n}`);
	return lines.join('\n') + '\n';
}

/** The override a `field=Column,…` option gives, or the message saying what is wrong with it. */
function mappingOption(spec: string | undefined): MappingOverride | undefined | string {
	if (spec === undefined) return undefined;
	const parsed = parseMappingSpec(spec);
	return parsed.ok ? parsed.value : parsed.message;
}

/** Converts data in any format Tieline reads into reviewable graph-data YAML files. */
export function runImport(path: string | undefined, options: ImportOptions): ImportResult {
	const { out } = options;
	if (!path || !out) return usage('import needs a PATH and --out DIR');
	if (existsSync(out) && readdirSync(out).some((f) => /\.ya?ml$/.test(f)))
		return usage(`${out} already holds .yaml files; choose an empty folder`);
	const map = mappingOption(options.map);
	if (typeof map === 'string') return usage(`--map: ${map}`);
	const actorsMap = mappingOption(options.actorsMap);
	if (typeof actorsMap === 'string') return usage(`--actors-map: ${actorsMap}`);
	if (actorsMap && !options.actors) return usage('--actors-map needs --actors FILE');
	let inputs: DataInput[];
	try {
		inputs = readGraphData(path).map((i) => ({ ...i, mapping: map }));
		if (options.actors)
			inputs.push({
				path: shown(options.actors),
				bytes: readFileSync(options.actors),
				mapping: actorsMap
			});
	} catch (e) {
		return usage(`cannot read ${path}: ${(e as Error).message}`);
	}
	const read = readInputs(inputs);
	if (read.unreadable.length > 0 || read.documents.length === 0) {
		const issues = read.issues.length
			? read.issues
			: [{ file: path, path: '(folder)', message: 'nothing to import' }];
		return {
			stdout: '',
			stderr: formatDataIssues(path, issues) + '\nnothing was written\n',
			code: 1
		};
	}
	const summaries = read.documents
		.filter((d) => d.summary)
		.map((d) => formatReadSummary(d.file, d.summary!))
		.join('');
	mkdirSync(out, { recursive: true });
	const written: string[] = [];
	for (const collection of COLLECTIONS) {
		// What a file said beyond Tieline's fields (attributes, an edge's direction) is written too,
		// for the reviewer to keep, map or drop.
		const items = read.documents.flatMap((d) =>
			collection === 'actors' || collection === 'ties'
				? rawItems(d, collection)
				: ((d.data as Record<string, unknown[]> | null)?.[collection] ?? [])
		);
		if (items.length === 0) continue;
		const file = join(out, `${collection}.yaml`);
		const header = `# Imported from ${path} by \`graph import\`: review every item before use.\n`;
		writeFileSync(file, header + stringify({ [collection]: items }, { lineWidth: 0 }));
		written.push(`${file} (${items.length} ${collection})`);
	}
	const stdout = summaries + `wrote ${written.join(', ')}\n`;
	const check = loadDataPath(out);
	if (check.ok) return { stdout: stdout + `${out} is valid\n`, stderr: '', code: 0 };
	return { stdout, stderr: formatDataIssues(out, check.issues) + '\n', code: 1 };
}
