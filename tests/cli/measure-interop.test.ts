import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../src/cli/export-command.ts';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { findPython } from '../fixtures/export/load-fixture.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function graphCli(...args: string[]) {
	return spawnSync('npx', ['tsx', 'src/cli/graph.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

interface Reference {
	degree: number;
	by_kind: Record<string, number>;
	betweenness: number;
	closeness: number;
	betweenness_raw: number;
	closeness_plain: number;
}

/** Parses the CLI's CSV (no field in it is quoted: ids, names and numbers). */
function parseCsv(text: string) {
	const [head, ...lines] = text.trim().split('\r\n');
	const columns = head.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])));
}

/**
 * The CLI's measures against networkx on the GraphML the export command writes for each step.
 * Degrees must be equal; centralities within 1e-12, while the other normalisations networkx offers
 * differ by far more somewhere, so a wrong normalisation cannot pass.
 */
function compare(measureArgs: string[], kinds: string[] | undefined) {
	const run = graphCli('measure', ...measureArgs);
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	const rows = parseCsv(run.stdout);
	const dates = [...new Set(rows.map((r) => r.date))];
	const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData(join(ROOT, 'graph-data'))));
	const dir = mkdtempSync(join(tmpdir(), 'tieline-measure-'));
	const files = dates.map((date) => {
		const out = join(dir, `${date}.graphml`);
		runExport(
			{ format: 'graphml', at: date, edges: 'directed', out, kinds: kinds?.join(',') },
			() => graph
		);
		return `${date}=${out}`;
	});
	const py = spawnSync(findPython(), ['tests/interop/measures.py', ...files], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	expect(py.stderr).toBe('');
	const reference = JSON.parse(py.stdout) as Record<string, Record<string, Reference>>;
	const kindColumns = Object.keys(rows[0]).filter((c) => c.startsWith('degree_'));
	let otherNormalisationGap = 0;
	for (const date of dates) {
		const ours = rows.filter((r) => r.date === date);
		expect(ours.map((r) => r.actor).sort(), date).toEqual(Object.keys(reference[date]).sort());
		for (const r of ours) {
			const ref = reference[date][r.actor];
			const where = `${date} ${r.actor}`;
			expect(Number(r.degree), where).toBe(ref.degree);
			for (const c of kindColumns) {
				expect(Number(r[c]), `${where} ${c}`).toBe(ref.by_kind[c.slice('degree_'.length)] ?? 0);
			}
			expect(
				Math.abs(Number(r.betweenness) - ref.betweenness),
				`${where} betweenness`
			).toBeLessThan(1e-12);
			expect(Math.abs(Number(r.closeness) - ref.closeness), `${where} closeness`).toBeLessThan(
				1e-12
			);
			otherNormalisationGap = Math.max(
				otherNormalisationGap,
				Math.abs(Number(r.betweenness) - ref.betweenness_raw),
				Math.abs(Number(r.closeness) - ref.closeness_plain)
			);
		}
	}
	expect(otherNormalisationGap).toBeGreaterThan(1e-3);
	return { dates, rows };
}

describe('graph measure agrees with networkx on the exported GraphML', { timeout: 120_000 }, () => {
	it('every kind, each year 1946–2025', () => {
		const { dates, rows } = compare(['--from', '1946-01-01', '--to', '2025-01-01'], undefined);
		expect(dates).toHaveLength(80);
		// Something to measure: the DPRK has ties and a betweenness above 0 in 2025.
		const prk = rows.find((r) => r.date === '2025-01-01' && r.actor === 'PRK')!;
		expect(Number(prk.degree)).toBeGreaterThan(3);
		expect(Number(prk.betweenness)).toBeGreaterThan(0);
	});

	it('three kinds, every 3 months 2022–2025', () => {
		const kinds = ['defense-treaty', 'arms-transfer', 'troop-deployment'];
		const { dates } = compare(
			[
				'--from',
				'2022-01-15',
				'--to',
				'2025-06-30',
				'--step',
				'3-months',
				'--kinds',
				kinds.join(',')
			],
			kinds
		);
		expect(dates[1]).toBe('2022-04-15');
	});

	it('the export command-line writes the same GraphML the comparison reads', () => {
		const dir = mkdtempSync(join(tmpdir(), 'tieline-measure-'));
		const cli = join(dir, 'cli.graphml');
		const run = graphCli(
			'export',
			'--format',
			'graphml',
			'--at',
			'2024-12-10',
			'--edges',
			'directed',
			'--out',
			cli
		);
		expect(run.status).toBe(0);
		const inProcess = join(dir, 'in-process.graphml');
		const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData(join(ROOT, 'graph-data'))));
		runExport(
			{ format: 'graphml', at: '2024-12-10', edges: 'directed', out: inProcess },
			() => graph
		);
		expect(readFileSync(inProcess, 'utf8')).toBe(readFileSync(cli, 'utf8'));
	});
});
