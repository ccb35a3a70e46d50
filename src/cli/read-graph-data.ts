import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LocatedDataset } from '../lib/core/io/dataset.ts';
import { formatIssues, type DataIssue, type Result } from '../lib/core/io/issue.ts';
import { loadDataset } from '../lib/core/io/load.ts';
import type { DataInput } from '../lib/core/io/raw-input.ts';
import { YAML_FILE } from '../lib/core/io/readers/index.ts';

/**
 * Where the data is read from, the same rule for the CLI and the build: `--data` if given,
 * else the TIELINE_DATA environment variable, else `graph-data`.
 */
export function dataPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
	return flag || env.TIELINE_DATA || 'graph-data';
}

/** A path as the messages show it: relative to the working directory. */
export const shown = (p: string) => relative(process.cwd(), p) || p;

/**
 * The inputs at a path, as bytes (decoded and checked by the core, so a file that is not UTF-8
 * is named with its byte offset): a file is read whatever its name says (an actors CSV with its
 * `-ties.csv` beside it); a folder gives every .yaml and .yml file below it. Throws on a path
 * that cannot be read.
 */
export function readGraphData(path: string): DataInput[] {
	if (!statSync(path).isDirectory()) {
		const inputs: DataInput[] = [{ path: shown(path), bytes: readFileSync(path) }];
		// An actors table comes with its ties table, named as `graph export --format csv` names it.
		const ties = path.replace(/(?<!-ties)\.csv$/i, '-ties.csv');
		if (ties !== path && existsSync(ties))
			inputs.push({ path: shown(ties), bytes: readFileSync(ties) });
		return inputs;
	}
	const out: DataInput[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, entry.name);
			if (entry.isDirectory()) walk(p);
			else if (YAML_FILE.test(entry.name)) out.push({ path: shown(p), bytes: readFileSync(p) });
		}
	};
	walk(path);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Reads and validates the data at a path; the problems are the ones the CLI and build print. */
export function loadDataPath(path: string): Result<LocatedDataset, DataIssue> {
	let inputs: DataInput[];
	try {
		inputs = readGraphData(path);
	} catch (e) {
		const message =
			(e as NodeJS.ErrnoException).code === 'ENOENT'
				? 'no such file or folder'
				: (e as Error).message;
		return {
			ok: false,
			issues: [
				{ file: shown(path), path: '(folder)', message: `cannot read ${shown(path)}: ${message}` }
			]
		};
	}
	return loadDataset(inputs, { source: shown(path) });
}

/** The problem list as printed, headed by the folder or file that was read. */
export function formatDataIssues(path: string, issues: readonly DataIssue[]): string {
	return formatIssues(issues, shown(path));
}
