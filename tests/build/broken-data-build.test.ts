import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A real `vite build` against a broken copy of the dataset: it must stop with every problem listed,
// each with its file and line, read from the same files as `graph validate` (.yml too), with no
// framework stack trace around the list, and must not write the app.
const dir = mkdtempSync(join(tmpdir(), 'tieline-broken-build-'));
const out = mkdtempSync(join(tmpdir(), 'tieline-broken-out-'));
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
});

describe('the build with a broken dataset', () => {
	it('fails and lists every problem with file:line and field path', () => {
		cpSync('graph-data', dir, { recursive: true });
		const treaties = join(dir, 'ties/treaties.yaml');
		writeFileSync(treaties, readFileSync(treaties, 'utf8').replace('inForce: 1960-06-23', 'inForce: 1960-02-30'));
		const flows = join(dir, 'ties/flows.yaml');
		writeFileSync(flows, readFileSync(flows, 'utf8').replace('parties: [PRK, RUS]', 'parties: [PRK, RUX]'));
		writeFileSync(join(dir, 'ties/extra.yml'), 'ties:\n  - id: extra\n    kind: nonsense\n');
		const run = spawnSync('npx', ['vite', 'build', '--outDir', out], {
			env: { ...process.env, TIELINE_DATA: dir },
			encoding: 'utf8',
			timeout: 240_000
		});
		const output = run.stdout + run.stderr;
		expect(run.status).not.toBe(0);
		const rel = relative(process.cwd(), dir);
		expect(output).toContain(`7 problems in ${rel}:`);
		expect(output).toMatch(new RegExp(`${rel}/ties/extra\\.yml:3:11 ties\\[0\\]\\.kind: Invalid option`));
		// The list alone: no prerender failure, no stack frames.
		expect(output).not.toMatch(/^\s+at /m);
		expect(output).not.toMatch(/handleHttpError|prerender|Error:/i);
		expect(output).toMatch(new RegExp(`${rel}/ties/treaties\\.yaml:\\d+:\\d+ ties\\[\\d+\\]\\.inForce: "1960-02-30" is not a calendar day`));
		expect(output).toMatch(new RegExp(`${rel}/ties/flows\\.yaml:\\d+:\\d+ ties\\[\\d+\\]\\.parties\\[1\\]: names actor "RUX"`));
	}, 300_000);
});
