import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function graph(args: string[], env: Record<string, string> = {}) {
	const run = spawnSync('npx', ['tsx', 'src/cli/graph.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, TIELINE_DATA: '', ...env }
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// A copy of the bundled data broken only in a .yml file, which the build reads too.
const tmp = mkdtempSync(join(tmpdir(), 'tieline-data-option-'));
const broken = join(tmp, 'broken');
cpSync(join(ROOT, 'graph-data'), broken, { recursive: true });
writeFileSync(join(broken, 'ties/extra.yml'), 'ties:\n  - id: extra\n    kind: nonsense\n');
const empty = join(tmp, 'empty');
mkdirSync(empty);
const rel = (p: string) => relative(ROOT, p);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('where the CLI reads its data', { timeout: 60_000 }, () => {
	it('reads TIELINE_DATA, .yml files included, and names the folder it read', () => {
		const run = graph(['validate'], { TIELINE_DATA: broken });
		expect(run.status).toBe(1);
		const lines = run.stderr.trim().split('\n');
		expect(lines[0]).toMatch(new RegExp(`^\\d+ problems? in ${rel(broken)}:$`));
		expect(run.stderr).toContain(`${rel(broken)}/ties/extra.yml:3:11 ties[0].kind: Invalid option`);
		expect(run.stderr).not.toContain('graph-data');
	});

	it('--data wins over TIELINE_DATA', () => {
		const run = graph(['validate', '--data', 'graph-data'], { TIELINE_DATA: broken });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^graph-data is valid: /);
	});

	it('a folder with no data files is named in the message', () => {
		const run = graph(['validate', '--data', empty]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			`1 problem in ${rel(empty)}:\n  ${rel(empty)} (folder): no .yaml or .yml files found`
		);
	});

	it('a path that does not exist says so, without a stack trace', () => {
		const run = graph(['validate', '--data', 'no-such-data']);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('cannot read no-such-data: no such file or folder');
		expect(run.stderr).not.toMatch(/^\s+at /m);
	});
});

describe('graph import and --data FILE', { timeout: 180_000 }, () => {
	it('validate --data names the line of each problem in a GEXF file', () => {
		const file = 'tests/fixtures/foreign/networkx-dynamic.gexf';
		const run = graph(['validate', '--data', file]);
		expect(run.status).toBe(1);
		expect(run.stderr.split('\n')[0]).toMatch(new RegExp(`^\\d+ problems in ${file}:$`));
		expect(run.stderr).toContain(`${file}:11:7 actors[0].kind: Invalid option`);
		expect(run.stderr).toContain(`${file}:16:7 ties[0].kind: Invalid option`);
	});

	it('imports Tieline JSON into YAML files that validate like the original', () => {
		const json = join(tmp, 'all.json');
		const exported = graph(['export', '--format', 'json', '--out', json]);
		expect(exported.status).toBe(0);
		const out = join(tmp, 'imported');
		const run = graph(['import', json, '--out', out]);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/ties\.yaml \(\d+ ties\)/);
		const original = graph(['validate']).stdout.replace(/^graph-data/, '');
		expect(graph(['validate', '--data', out]).stdout).toBe(rel(out) + original);
	});

	it('writes nothing when the input cannot be read', () => {
		const bad = join(tmp, 'bad.json');
		writeFileSync(bad, '{ "ties": [ \n');
		const out = join(tmp, 'not-written');
		const run = graph(['import', bad, '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/bad\.json:\d+:\d+ \(yaml\): YAML syntax/);
		expect(run.stderr).toContain('nothing was written');
		expect(existsSync(out)).toBe(false);
	});
});
