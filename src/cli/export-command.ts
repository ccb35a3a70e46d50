import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { writeCsv } from '../lib/core/export/csv.ts';
import { writeCyjs } from '../lib/core/export/cyjs.ts';
import {
	DEFAULT_EDGE_MODE,
	EDGE_MODES,
	describeScope,
	type EdgeMode
} from '../lib/core/export/describe.ts';
import { writeGexf } from '../lib/core/export/gexf.ts';
import { writeGraphml } from '../lib/core/export/graphml.ts';
import { selectScope, type ScopeDescriptor } from '../lib/core/export/scope.ts';
import { writeTielineJson } from '../lib/core/export/tieline-json.ts';
import type { TemporalGraph } from '../lib/core/model/temporal-graph.ts';
import { isoToDay } from '../lib/core/time/partial-date.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'cyjs', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_USAGE = `  export --format gexf|graphml|csv|cyjs|json [--at D | --from A --to B]
         [--focus ID [--hops K]] [--actors ID,ID,...] [--kinds k1,k2]
         [--lang en|ja] [--edges directed|mixed] [--out FILE]
                                    write the graph (default: all dates) in a file format;
                                    json is Tieline's own data format (loads back);
                                    csv writes FILE (actors) and FILE-ties.csv beside it
                                    (--out kor.csv gives kor.csv and kor-ties.csv) and needs --out;
                                    gexf and graphml write every edge directed, an undirected
                                    tie as two arcs (networkx and igraph read only one edge
                                    type); --edges mixed writes one edge per tie, directed
                                    only where the kind is (Gephi, yEd, graphology);
                                    without --out, other formats print to stdout`;

export interface ExportArgs {
	format?: string;
	at?: string;
	from?: string;
	to?: string;
	focus?: string;
	hops?: string;
	kinds?: string;
	actors?: string;
	lang?: string;
	edges?: string;
	out?: string;
}

/** A mistake in the command line: the caller prints it and exits non-zero. */
export class ExportArgError extends Error {}

const list = (text: string | undefined) =>
	text === undefined
		? undefined
		: text
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);

function day(text: string, flag: string): string {
	if (isoToDay(text) === null) {
		throw new ExportArgError(
			`--${flag} "${text}" is not a calendar day; write it as YYYY-MM-DD, e.g. 1995-06-01`
		);
	}
	return text;
}

/** Checks the flags before any data is read, so a typo fails fast. */
export function parseExportArgs(args: ExportArgs): {
	format: ExportFormat;
	scope: ScopeDescriptor;
	lang: 'en' | 'ja';
	edges: EdgeMode;
	out?: string;
} {
	const format = args.format as ExportFormat;
	if (!format)
		throw new ExportArgError(`export needs --format ${EXPORT_FORMATS.join('|')}|svg|png|pdf`);
	if (!EXPORT_FORMATS.includes(format)) {
		throw new ExportArgError(
			`--format "${args.format}" is not supported; use one of ${EXPORT_FORMATS.join(', ')}, svg, png, pdf`
		);
	}
	const lang = args.lang ?? 'en';
	if (lang !== 'en' && lang !== 'ja')
		throw new ExportArgError(`--lang "${lang}" is not supported; use en or ja`);
	const edges = (args.edges ?? DEFAULT_EDGE_MODE) as EdgeMode;
	if (!EDGE_MODES.includes(edges))
		throw new ExportArgError(`--edges "${args.edges}" is not supported; use directed or mixed`);
	if (args.at !== undefined && (args.from !== undefined || args.to !== undefined)) {
		throw new ExportArgError('give either --at or --from/--to, not both');
	}
	if ((args.from === undefined) !== (args.to === undefined))
		throw new ExportArgError('a range needs both --from and --to');
	let scope: ScopeDescriptor =
		args.from !== undefined ? { from: day(args.from, 'from'), to: day(args.to!, 'to') } : {};
	if (args.at !== undefined) scope = { at: day(args.at, 'at') };
	if (args.from !== undefined && args.from > args.to!) {
		throw new ExportArgError(`--from ${args.from} is after --to ${args.to}: the range is empty`);
	}
	if (args.hops !== undefined) {
		if (!/^\d+$/.test(args.hops))
			throw new ExportArgError(`--hops "${args.hops}" is not a whole number ≥ 0`);
		if (args.focus === undefined) throw new ExportArgError('--hops needs --focus ID');
	}
	scope = {
		...scope,
		...(args.focus !== undefined && { focus: args.focus }),
		...(args.hops !== undefined && { hops: Number(args.hops) }),
		...(args.kinds !== undefined && { kinds: list(args.kinds) }),
		...(args.actors !== undefined && { actors: list(args.actors) })
	};
	if (format === 'csv' && !args.out)
		throw new ExportArgError('csv writes two files and needs --out FILE');
	return { format, scope, lang, edges, out: args.out };
}

/** The file beside a csv nodes file that holds the ties: kor.csv → kor-ties.csv. */
export function tiesPathFor(out: string): string {
	const ext = extname(out) || '.csv';
	return join(dirname(out), `${basename(out, extname(out))}-ties${ext}`);
}

/**
 * Writes every file to a temporary name in the same folder first and renames only when all are
 * written, so a failure leaves no half-written export behind.
 */
export function writeFilesAtomically(
	files: readonly { path: string; text: string | Uint8Array }[]
): void {
	const staged: { tmp: string; path: string }[] = [];
	try {
		for (const { path, text } of files) {
			mkdirSync(dirname(path) || '.', { recursive: true });
			const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
			staged.push({ tmp, path });
			writeFileSync(tmp, text);
		}
		for (const { tmp, path } of staged) renameSync(tmp, path);
	} catch (e) {
		for (const { tmp } of staged) rmSync(tmp, { force: true });
		throw e;
	}
}

/** Runs `graph export`; returns the text for stdout (empty when written to files). */
export function runExport(
	args: ExportArgs,
	loadGraph: () => TemporalGraph
): { stdout: string; stderr: string } {
	const { format, scope: descriptor, lang, edges, out } = parseExportArgs(args);
	const scope = selectScope(loadGraph(), descriptor);
	const summary = describeScope(scope);
	if (format === 'csv') {
		const { nodes, ties } = writeCsv(scope, { lang });
		const tiesPath = tiesPathFor(out!);
		writeFilesAtomically([
			{ path: out!, text: nodes },
			{ path: tiesPath, text: ties }
		]);
		return { stdout: '', stderr: `${summary}\nwrote ${out} and ${tiesPath}\n` };
	}
	const text =
		format === 'gexf'
			? writeGexf(scope, { lang, edges })
			: format === 'graphml'
				? writeGraphml(scope, { lang, edges })
				: format === 'cyjs'
					? writeCyjs(scope, { lang })
					: writeTielineJson(scope);
	if (!out) return { stdout: text, stderr: '' };
	writeFilesAtomically([{ path: out, text }]);
	return { stdout: '', stderr: `${summary}\nwrote ${out}\n` };
}
