import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readInputs } from '../lib/core/io/readers/index.ts';
import { COLLECTIONS } from '../lib/core/schema/index.ts';
import { formatDataIssues, loadDataPath, readGraphData } from './read-graph-data.ts';

export const IMPORT_USAGE = `  import PATH --out DIR             convert a GEXF, GraphML, CSV or Tieline JSON file (or a folder
                                    of YAML) into Tieline YAML in DIR, one file per list
                                    (actors.yaml, ties.yaml, …), then check DIR and list what
                                    must still be fixed (exit 1 if anything); DIR must not
                                    already hold .yaml files`;

export interface ImportResult {
	stdout: string;
	stderr: string;
	code: number;
}

/** Converts data in any format Tieline reads into reviewable graph-data YAML files. */
export function runImport(path: string | undefined, out: string | undefined): ImportResult {
	if (!path || !out) return { stdout: '', stderr: 'import needs a PATH and --out DIR\n', code: 2 };
	if (existsSync(out) && readdirSync(out).some((f) => /\.ya?ml$/.test(f)))
		return {
			stdout: '',
			stderr: `${out} already holds .yaml files; choose an empty folder\n`,
			code: 2
		};
	let read;
	try {
		read = readInputs(readGraphData(path));
	} catch (e) {
		return { stdout: '', stderr: `cannot read ${path}: ${(e as Error).message}\n`, code: 2 };
	}
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
	mkdirSync(out, { recursive: true });
	const written: string[] = [];
	for (const collection of COLLECTIONS) {
		const items = read.documents.flatMap((d) => {
			const list = (d.data as Record<string, unknown> | null)?.[collection];
			return Array.isArray(list) ? list : [];
		});
		if (items.length === 0) continue;
		const file = join(out, `${collection}.yaml`);
		const header = `# Imported from ${path} by \`graph import\`: review every item before use.\n`;
		writeFileSync(file, header + stringify({ [collection]: items }, { lineWidth: 0 }));
		written.push(`${file} (${items.length} ${collection})`);
	}
	const stdout = `wrote ${written.join(', ')}\n`;
	const check = loadDataPath(out);
	if (check.ok) return { stdout: stdout + `${out} is valid\n`, stderr: '', code: 0 };
	return { stdout, stderr: formatDataIssues(out, check.issues) + '\n', code: 1 };
}
