#!/usr/bin/env node
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { TemporalGraph } from '../lib/core/model/temporal-graph.ts';
import { snapshotJson } from '../lib/core/model/snapshot-contract.ts';
import { isoToDay } from '../lib/core/time/partial-date.ts';
import { dataFileJsonSchema } from '../lib/core/schema/data-file.ts';
import { datasetStats, formatStats } from '../lib/core/analysis/stats.ts';
import { dataPath, formatDataIssues, loadDataPath, shown } from './read-graph-data.ts';
import { EXPORT_USAGE, runExport, writeFilesAtomically } from './export-command.ts';
import { PICTURE_FORMATS, PICTURE_USAGE } from './picture-usage.ts';
import { MEASURE_USAGE, runMeasure } from './measure-command.ts';
import { IMPORT_USAGE, runImport } from './import-command.ts';
import { runStory, STORY_USAGE } from './story-command.ts';

const USAGE = `Usage: npm run graph -- <command> [options]

Commands:
  validate                          check graph-data; list every problem (exit 1 if any)
  snapshot --at YYYY-MM-DD [--lang en|ja]
                                    print the graph at a day as JSON
  stats                             print coverage figures of the dataset
  schema [--out FILE]               write the JSON Schema for graph-data files
${EXPORT_USAGE}
${PICTURE_USAGE}
${MEASURE_USAGE}
${IMPORT_USAGE}
${STORY_USAGE}

Options:
  --data PATH                       the data: a folder of .yaml/.yml files, or one .yaml,
                                    .json, .gexf, .graphml or .csv file (an actors .csv is
                                    read with FILE-ties.csv beside it)
                                    (default: $TIELINE_DATA if set, else graph-data)`;

function fail(message: string, code = 2): never {
	process.stderr.write(message.endsWith('\n') ? message : message + '\n');
	process.exit(code);
}

function load(path: string) {
	const result = loadDataPath(path);
	if (!result.ok) fail(formatDataIssues(path, result.issues), 1);
	return result.value;
}

async function main(argv: string[]) {
	const [command, ...rest] = argv;
	let parsed;
	try {
		parsed = parseArgs({
			args: rest,
			options: {
				at: { type: 'string' },
				lang: { type: 'string', default: 'en' },
				data: { type: 'string' },
				out: { type: 'string' },
				format: { type: 'string' },
				from: { type: 'string' },
				to: { type: 'string' },
				focus: { type: 'string' },
				hops: { type: 'string' },
				kinds: { type: 'string' },
				actors: { type: 'string' },
				edges: { type: 'string' },
				compare: { type: 'string' },
				size: { type: 'string' },
				layout: { type: 'string' },
				theme: { type: 'string' },
				title: { type: 'string' },
				story: { type: 'string' },
				step: { type: 'string' },
				map: { type: 'string' },
				'actors-map': { type: 'string' }
			},
			strict: true,
			allowPositionals: command === 'import' || command === 'story'
		});
	} catch (e) {
		fail(`${(e as Error).message}\n\n${USAGE}`);
	}
	const opts = parsed.values;
	const data = dataPath(opts.data);
	switch (command) {
		case 'validate': {
			const set = load(data);
			process.stdout.write(
				`${shown(data)} is valid: ${set.sources.length} sources, ${set.actors.length} actors, ${set.ties.length} ties, ${set.events.length} events\n`
			);
			return;
		}
		case 'snapshot': {
			if (!opts.at) fail(`snapshot needs --at YYYY-MM-DD\n\n${USAGE}`);
			const day = isoToDay(opts.at!);
			if (day === null)
				fail(`--at "${opts.at}" is not a calendar day; write it as YYYY-MM-DD, e.g. 1995-06-01`);
			if (opts.lang !== 'en' && opts.lang !== 'ja')
				fail(`--lang "${opts.lang}" is not supported; use en or ja`);
			const graph = new TemporalGraph(load(data));
			process.stdout.write(
				JSON.stringify(snapshotJson(graph.at(day!), opts.lang as 'en' | 'ja'), null, 2) + '\n'
			);
			return;
		}
		case 'stats': {
			process.stdout.write(formatStats(datasetStats(load(data))));
			return;
		}
		case 'schema': {
			const text = JSON.stringify(dataFileJsonSchema(), null, 2) + '\n';
			if (opts.out) {
				mkdirSync(dirname(opts.out), { recursive: true });
				writeFileSync(opts.out, text);
			} else process.stdout.write(text);
			return;
		}
		case 'export': {
			if (
				opts.story !== undefined ||
				(PICTURE_FORMATS as readonly string[]).includes(opts.format!)
			) {
				let picture;
				try {
					const { runPicture } = await import('./picture-command.ts');
					picture = await runPicture(opts, () => new TemporalGraph(load(data)));
					if (opts.out) writeFilesAtomically([{ path: opts.out, text: picture.bytes }]);
				} catch (e) {
					fail(`export: ${(e as Error).message}`);
				}
				if (opts.out) process.stderr.write(`${picture.summary}\nwrote ${opts.out}\n`);
				else process.stdout.write(picture.bytes);
				return;
			}
			let result;
			try {
				result = runExport(opts, () => new TemporalGraph(load(data)));
			} catch (e) {
				fail(`export: ${(e as Error).message}`);
			}
			process.stdout.write(result.stdout);
			process.stderr.write(result.stderr);
			return;
		}
		case 'measure': {
			let result;
			try {
				result = runMeasure(opts, () => new TemporalGraph(load(data)));
			} catch (e) {
				fail(`measure: ${(e as Error).message}`);
			}
			process.stdout.write(result.stdout);
			process.stderr.write(result.stderr);
			return;
		}
		case 'import': {
			const result = runImport(parsed.positionals[0], {
				out: opts.out,
				actors: opts.actors,
				map: opts.map,
				actorsMap: opts['actors-map']
			});
			process.stdout.write(result.stdout);
			process.stderr.write(result.stderr);
			process.exitCode = result.code;
			return;
		}
		case 'story': {
			const result = runStory(parsed.positionals[0], shown(data), () => load(data));
			process.stdout.write(result.stdout);
			process.stderr.write(result.stderr);
			process.exitCode = result.code;
			return;
		}
		case undefined:
		case 'help':
		case '--help':
			process.stdout.write(USAGE + '\n');
			return;
		default:
			fail(`unknown command "${command}"\n\n${USAGE}`);
	}
}

await main(process.argv.slice(2));
