/**
 * What opening a file costs in the core, from its bytes to a validated dataset: the bundled data
 * as Tieline JSON, a generated GEXF of 5,000 actors (Tieline's own export of a synthetic dataset,
 * so it validates), and Gephi Lite's java.gexf (1,538 nodes, 8,032 edges: a real foreign file),
 * all read and validated as the app opens a person's files (the relaxed profile). Each against a plain
 * parse of the same bytes in the same run: JSON.parse for JSON, graphology-gexf's `parse` for
 * GEXF. The browser's part (to a first picture) is measured in the app. Prints medians, min–max
 * and the interquartile range, then one line of JSON with the ratios.
 *
 *   npm run bench:import
 */
import { existsSync, readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { IMPORT_PROFILE } from '../src/lib/core/io/import-data.ts';
import { validateDocuments } from '../src/lib/core/io/load.ts';
import type { DataInput } from '../src/lib/core/io/raw-input.ts';
import { readInputs } from '../src/lib/core/io/readers/index.ts';
import { bundledJson, syntheticGexf } from './import-inputs.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

function stats(samples: number[]) {
	const s = [...samples].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
	return { median: q(0.5), q1: q(0.25), q3: q(0.75), min: s[0], max: s[s.length - 1] };
}

/** Alternates the two so that both see the same warm-up, garbage collection and load. */
function pair(tieline: () => unknown, plain: () => unknown) {
	const a: number[] = [];
	const b: number[] = [];
	tieline();
	plain();
	for (let i = 0; i < ROUNDS; i++) {
		let t0 = performance.now();
		tieline();
		a.push(performance.now() - t0);
		t0 = performance.now();
		plain();
		b.push(performance.now() - t0);
	}
	return { tieline: stats(a), plain: stats(b) };
}

const encode = (text: string) => new TextEncoder().encode(text);
// As the app opens a person's files: every reader, then the relaxed profile.
const openAndValidate = (inputs: DataInput[]) =>
	validateDocuments(readInputs(inputs), { profile: IMPORT_PROFILE });

const json = encode(bundledJson());
// The GEXF carries actors and ties, not the sources they cite: those come in a second file.
const synthetic = syntheticGexf();
const gexf5k = encode(synthetic.gexf);
const sources = encode(synthetic.sources);

const JAVA = '../shared/fixtures/java.gexf';
const java = existsSync(JAVA) ? new Uint8Array(readFileSync(JAVA)) : undefined;

const gexfParse = (bytes: Uint8Array) => () =>
	parse(
		MultiGraph,
		new DOMParser().parseFromString(
			new TextDecoder().decode(bytes),
			'text/xml'
		) as unknown as Document,
		{ allowUndeclaredAttributes: true }
	);

const check = (label: string, result: ReturnType<typeof openAndValidate>, valid: boolean) => {
	if (result.ok !== valid)
		throw new Error(`${label}: expected ${valid ? 'a valid dataset' : 'problems'}, got the other`);
	return result.ok
		? `${result.value.actors.length} actors, ${result.value.ties.length} ties`
		: `${result.issues.length} problems`;
};

const cases: { name: string; bytes: number; outcome: string; run: ReturnType<typeof pair> }[] = [];
{
	const outcome = check('bundled JSON', openAndValidate([{ path: 'all.json', bytes: json }]), true);
	cases.push({
		name: 'bundled data, Tieline JSON',
		bytes: json.length,
		outcome,
		run: pair(
			() => openAndValidate([{ path: 'all.json', bytes: json }]),
			() => JSON.parse(new TextDecoder().decode(json))
		)
	});
}
{
	const inputs: DataInput[] = [
		{ path: 'synthetic.gexf', bytes: gexf5k },
		{ path: 'sources.json', bytes: sources }
	];
	const outcome = check('5k GEXF', openAndValidate(inputs), true);
	cases.push({
		name: 'generated GEXF, 5,000 actors',
		bytes: gexf5k.length,
		outcome,
		run: pair(() => openAndValidate(inputs), gexfParse(gexf5k))
	});
}
if (java) {
	const inputs: DataInput[] = [{ path: 'java.gexf', bytes: java }];
	const outcome = check('java.gexf', openAndValidate(inputs), true);
	cases.push({
		name: 'java.gexf (Gephi Lite sample)',
		bytes: java.length,
		outcome: `${outcome} (relaxed profile)`,
		run: pair(() => openAndValidate(inputs), gexfParse(java))
	});
} else console.log(`(${JAVA} not found: java.gexf skipped)`);

const ms = (x: number) => `${x.toFixed(1)} ms`;
const span = (s: ReturnType<typeof stats>) =>
	`${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)}, IQR ${ms(s.q3 - s.q1)})`;
console.log(`Opening a file in the core: bytes → validated dataset, ${ROUNDS} rounds each\n`);
for (const c of cases) {
	console.log(`${c.name}: ${(c.bytes / 1024).toFixed(0)} KiB → ${c.outcome}`);
	console.log(`  read + validate   ${span(c.run.tieline)}`);
	console.log(`  plain parse       ${span(c.run.plain)}`);
	console.log(`  ratio of medians  ${(c.run.tieline.median / c.run.plain.median).toFixed(2)}×\n`);
}
console.log(
	JSON.stringify({
		bench: 'import',
		rounds: ROUNDS,
		cases: cases.map((c) => ({
			name: c.name,
			bytes: c.bytes,
			readValidateMs: Number(c.run.tieline.median.toFixed(2)),
			plainParseMs: Number(c.run.plain.median.toFixed(2)),
			ratio: Number((c.run.tieline.median / c.run.plain.median).toFixed(2))
		}))
	})
);
