/**
 * The datasets `npm run bench` and `npm run bench:first` measure: the bundled data, and synthetic
 * sets of 2,000 actors/10,000 ties and 5,000 actors/50,000 ties, each built into the app with
 * TIELINE_DATA (BENCH_REUSE=1 keeps builds made by an earlier run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readGraphData } from '../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../src/lib/core/io/load.ts';
import { validSynthetic } from './synthetic.ts';
import { writeSyntheticFolder } from './write-synthetic.ts';
import type { BenchSet } from './date-step-phases.ts';

const APPS = 'node_modules/.cache/tieline-bench-apps';
/** The build of the bundled data (BENCH_BUILD measures another). */
export const BUNDLED = process.env.BENCH_BUILD ?? 'build';
/** Each phase's limit in seconds (BENCH_LIMIT overrides every set's). */
const limit = (seconds: number) => Number(process.env.BENCH_LIMIT ?? seconds);
/** BENCH_QUICK=1 takes a tenth of the steps (to try the bench out, not to quote). */
const SHARE = process.env.BENCH_QUICK ? 0.1 : 1;
const n = (steps: number) => Math.max(3, Math.round(steps * SHARE));
/** Rounds of app and floor per set (BENCH_ROUNDS overrides every set's; BENCH_QUICK runs one). */
const rounds = (r: number) => Number(process.env.BENCH_ROUNDS ?? (process.env.BENCH_QUICK ? 1 : r));

function syntheticBuild(name: string, actors: number, ties: number): string {
	const out = join(APPS, name);
	if (process.env.BENCH_REUSE && existsSync(join(out, 'index.html'))) return out;
	writeSyntheticFolder(join(APPS, `${name}-data`), actors, ties);
	const made = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, TIELINE_DATA: join(APPS, `${name}-data`), TIELINE_BUILD: out },
		stdio: 'inherit'
	});
	if (made.status !== 0) throw new Error(`building the app with ${name} failed`);
	return out;
}

export const SETS: Record<string, () => BenchSet> = {
	bundled: () => ({
		name: 'bundled',
		build: BUNDLED,
		json: () => JSON.stringify(loadDatasetOrThrow(readGraphData('graph-data'))),
		at: '1950-01-01',
		scrub: n(200),
		play: n(100),
		speed: '8',
		heap: 1000,
		limit: limit(120),
		rounds: rounds(5)
	}),
	// The same steps on the alliance map: the map's cost per step is this set's ratio against the
	// bundled set's (the floor draws the same ties without a map in both).
	'bundled-map': () => ({
		...SETS.bundled(),
		name: 'bundled, map',
		query: '&layout=map',
		rounds: rounds(3)
	}),
	'10k': () => ({
		name: '10k',
		build: syntheticBuild('10k', 2000, 10000),
		json: () => JSON.stringify(validSynthetic(2000, 10000)),
		at: '1960-01-01',
		scrub: n(40),
		play: n(30),
		speed: '1',
		heap: 200,
		limit: limit(600),
		rounds: rounds(3)
	}),
	'50k': () => ({
		name: '50k',
		build: syntheticBuild('50k', 5000, 50000),
		json: () => JSON.stringify(validSynthetic(5000, 50000)),
		at: '1960-01-01',
		scrub: n(20),
		play: n(12),
		speed: '1',
		heap: 50,
		limit: limit(900),
		// One round: a step holds the page for a second or more, and one round takes minutes.
		rounds: rounds(1)
	})
};

/** The sets BENCH_SETS names (comma separated), or `fallback`, each built as it is asked for. */
export function setsNamed(fallback: string): BenchSet[] {
	const names = (process.env.BENCH_SETS ?? fallback).split(',');
	return names.map((name) => {
		if (!SETS[name])
			throw new Error(`BENCH_SETS: no set "${name}" (${Object.keys(SETS).join(', ')})`);
		return SETS[name]();
	});
}
