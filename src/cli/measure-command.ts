import { measuresCsv } from '../lib/core/analysis/measures-csv.ts';
import { runTool } from '../lib/core/analysis/registry.ts';
import { parseStep } from '../lib/core/analysis/step-days.ts';
import type { TemporalGraph } from '../lib/core/model/temporal-graph.ts';
import { TIE_KINDS } from '../lib/core/schema/tie.ts';
import { isoToDay } from '../lib/core/time/partial-date.ts';
import { writeFilesAtomically } from './export-command.ts';

export const MEASURE_USAGE = `  measure --from A --to B [--step year|month|N-months] [--kinds k1,k2]
          [--lang en|ja] [--out FILE]
                                    CSV of each actor's degree (all kinds and per kind),
                                    betweenness and closeness at A and every step after it up
                                    to B (default step: year); without --out, prints it`;

export interface MeasureArgs {
	from?: string;
	to?: string;
	step?: string;
	kinds?: string;
	lang?: string;
	out?: string;
}

/** A mistake in the command line: the caller prints it and exits non-zero. */
export class MeasureArgError extends Error {}

function day(text: string | undefined, flag: string): string {
	if (text === undefined) throw new MeasureArgError(`measure needs --${flag} YYYY-MM-DD`);
	if (isoToDay(text) === null) {
		throw new MeasureArgError(
			`--${flag} "${text}" is not a calendar day; write it as YYYY-MM-DD, e.g. 1995-06-01`
		);
	}
	return text;
}

/** Checks the flags before any data is read, so a typo fails fast. */
export function parseMeasureArgs(args: MeasureArgs) {
	const from = day(args.from, 'from');
	const to = day(args.to, 'to');
	if (from > to)
		throw new MeasureArgError(`--from ${from} is after --to ${to}: the range is empty`);
	const months = parseStep(args.step ?? 'year');
	if (months === null) {
		throw new MeasureArgError(
			`--step "${args.step}" is not a step; use year, month or N-months (e.g. 3-months)`
		);
	}
	const kinds = (args.kinds ?? '')
		.split(',')
		.map((k) => k.trim())
		.filter(Boolean);
	const unknown = kinds.filter((k) => !(TIE_KINDS as readonly string[]).includes(k));
	if (unknown.length > 0) {
		throw new MeasureArgError(
			`--kinds: unknown kind${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; known kinds: ${TIE_KINDS.join(', ')}`
		);
	}
	const lang = args.lang ?? 'en';
	if (lang !== 'en' && lang !== 'ja')
		throw new MeasureArgError(`--lang "${lang}" is not supported; use en or ja`);
	const step = months === 12 ? 'year' : months === 1 ? 'month' : 'months';
	return { params: { from, to, step, months, kinds }, lang: lang as 'en' | 'ja', out: args.out };
}

/** Runs `graph measure`; returns the CSV for stdout (empty when written to a file). */
export function runMeasure(
	args: MeasureArgs,
	loadGraph: () => TemporalGraph
): { stdout: string; stderr: string } {
	const { params, lang, out } = parseMeasureArgs(args);
	const graph = loadGraph();
	const result = runTool(graph, 'measures', params);
	const csv = measuresCsv(graph, result, lang);
	if (!out) return { stdout: csv, stderr: '' };
	writeFilesAtomically([{ path: out, text: csv }]);
	const summary = `${result.dates.length} steps from ${params.from} to ${result.dates.at(-1)}, ${result.rows.length} rows`;
	return { stdout: '', stderr: `${summary}\nwrote ${out}\n` };
}
