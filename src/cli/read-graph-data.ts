import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TextFile } from '../lib/core/io/load.ts';

/** Reads every .yaml file below a folder, paths relative to the working directory. */
export function readGraphData(dir: string): TextFile[] {
	const out: TextFile[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, entry.name);
			if (entry.isDirectory()) walk(p);
			else if (/\.ya?ml$/.test(entry.name))
				out.push({ path: relative(process.cwd(), p) || p, text: readFileSync(p, 'utf8') });
		}
	};
	walk(dir);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}
