import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs the graph CLI the way other tools do, from the project root. */
function graph(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/graph.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, TZ: 'Pacific/Kiritimati' }
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The `file:line:column` an issue line of `graph validate` starts with. */
const where = (line: string) => line.trim().split(' ')[0];

interface Snapshot {
	at: string;
	nodes: { id: string; kind: string; label: string }[];
	ties: {
		id: string;
		kind: string;
		parties: string[];
		status: string;
		title: string;
		sources: string[];
	}[];
}

describe('graph CLI', { timeout: 60_000 }, () => {
	it('snapshot --at 1995-06-01 prints the contract JSON with the 1961 treaty in force', () => {
		const run = graph('snapshot', '--at', '1995-06-01');
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const snap = JSON.parse(run.stdout) as Snapshot;
		expect(snap.at).toBe('1995-06-01');
		const treaty = snap.ties.find((t) => t.id === 'ussr-prk-1961-treaty');
		expect(treaty).toMatchObject({
			kind: 'defense-treaty',
			parties: ['RUS', 'PRK'],
			status: 'in-force'
		});
		expect(treaty!.sources.length).toBeGreaterThan(0);
		expect(snap.nodes.find((n) => n.id === 'RUS')).toEqual({
			id: 'RUS',
			kind: 'state',
			label: 'Russia'
		});
		expect(snap.ties.find((t) => t.id === 'rus-prk-2024-treaty')).toBeUndefined();
	});

	it('snapshot --at 1997-01-01 no longer has the 1961 Soviet–DPRK treaty', () => {
		const run = graph('snapshot', '--at', '1997-01-01');
		expect(run.status).toBe(0);
		const snap = JSON.parse(run.stdout) as Snapshot;
		expect(snap.ties.map((t) => t.id)).not.toContain('ussr-prk-1961-treaty');
		expect(snap.ties.map((t) => t.id)).toContain('chn-prk-1961-treaty');
	});

	it('snapshot --at 2024-06-19 has the 2024 treaty signed, not in force', () => {
		const snap = JSON.parse(graph('snapshot', '--at', '2024-06-19').stdout) as Snapshot;
		expect(snap.ties.find((t) => t.id === 'rus-prk-2024-treaty')?.status).toBe('signed');
	});

	it('--lang ja gives Japanese labels and titles', () => {
		const run = graph('snapshot', '--at', '1990-01-01', '--lang', 'ja');
		expect(run.status).toBe(0);
		const snap = JSON.parse(run.stdout) as Snapshot;
		expect(snap.nodes.find((n) => n.id === 'RUS')?.label).toBe('ソ連');
		expect(snap.nodes.find((n) => n.id === 'PRK')?.label).toBe('北朝鮮');
		const treaty = snap.ties.find((t) => t.id === 'ussr-prk-1961-treaty');
		expect(treaty?.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
	});

	it('an invalid date exits non-zero, names the problem on stderr, prints nothing', () => {
		for (const bad of ['1995-6-1', '1995-06', '2023-02-29']) {
			const run = graph('snapshot', '--at', bad);
			expect(run.status, bad).not.toBe(0);
			expect(run.stdout, bad).toBe('');
			expect(run.stderr, bad).toContain(`"${bad}" is not a calendar day`);
			expect(run.stderr, bad).toContain('YYYY-MM-DD');
		}
	});

	it('snapshot without --at, and an unsupported --lang, exit non-zero', () => {
		const noAt = graph('snapshot');
		expect(noAt.status).not.toBe(0);
		expect(noAt.stderr).toContain('snapshot needs --at');
		const fr = graph('snapshot', '--at', '1995-06-01', '--lang', 'fr');
		expect(fr.status).not.toBe(0);
		expect(fr.stderr).toContain('--lang "fr" is not supported');
	});

	it('validate on the bundled data exits 0', () => {
		const run = graph('validate');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(
			/^graph-data is valid: \d+ sources, \d+ actors, \d+ ties, \d+ events\n$/
		);
	});

	it('validate --data tests/fixtures/broken exits 1 and lists every problem as file:line', () => {
		const run = graph('validate', '--data', 'tests/fixtures/broken');
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		const lines = run.stderr.trim().split('\n');
		expect(lines[0]).toBe('4 problems in tests/fixtures/broken:');
		const dir = 'tests/fixtures/broken';
		expect(lines.slice(1).map(where)).toEqual([
			`${dir}/sources.yaml:9:5`,
			`${dir}/ties.yaml:15:5`,
			`${dir}/ties.yaml:22:11`,
			`${dir}/ties.yaml:25:20`
		]);
		expect(run.stderr).toContain('sources[1].titleEn: a source in "ru" needs an English title');
		expect(run.stderr).toContain('ties[1].singed: Unrecognized key: "singed"');
		expect(run.stderr).toContain('ties[2].from: "2023-02-29" is not a calendar day');
		expect(run.stderr).toContain('ties[3].parties[1]: names actor "XYZ"');
	});

	it('validate also lists a YAML syntax error with its line, beside the other problems', () => {
		// Kept out of the fixture folder so `prettier --check .` can still parse every file there.
		const dir = mkdtempSync(join(tmpdir(), 'tieline-broken-'));
		cpSync(join(ROOT, 'tests/fixtures/broken'), dir, { recursive: true });
		writeFileSync(join(dir, 'syntax.yaml'), 'events:\n  - id: e1\n    title: en: x\n');
		const run = graph('validate', '--data', dir);
		expect(run.status).toBe(1);
		const rel = relative(ROOT, dir);
		// The syntax error, a note that references wait for it, and the three other problems; the
		// unknown actor "XYZ" is held back, since the unreadable file might define it.
		expect(run.stderr).toContain(`5 problems in ${rel}:`);
		expect(run.stderr).toContain(
			`${rel}/syntax.yaml (references): references to ids are not checked`
		);
		expect(run.stderr).not.toContain('"XYZ"');
		expect(run.stderr).toContain(`${rel}/syntax.yaml:3:12 (yaml): YAML syntax: Nested mappings`);
		expect(run.stderr).toContain(
			`${rel}/ties.yaml:15:5 ties[1].singed: Unrecognized key: "singed"`
		);
	});

	it('validate on a missing folder exits non-zero with a message', () => {
		const run = graph('validate', '--data', 'tests/fixtures/no-such-folder');
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('cannot read tests/fixtures/no-such-folder');
	});

	it('an unknown command or option exits non-zero and shows the usage', () => {
		const run = graph('frobnicate');
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('unknown command "frobnicate"');
		expect(run.stderr).toContain('Usage:');
		const opt = graph('snapshot', '--when', '1995-06-01');
		expect(opt.status).not.toBe(0);
		expect(opt.stderr).toContain('--when');
	});

	it('stats prints the counts line', () => {
		const run = graph('stats');
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n')[0]).toMatch(/^sources \d+ · actors \d+ · ties \d+ · events \d+$/);
	});
});
