import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function graph(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/graph.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const DATA = `sources:
  - { id: s1, title: Source one, publisher: P, date: 2020, language: en, kind: news }
actors:
  - { id: RUS, kind: state, names: [{ en: Russia, ja: ロシア }], description: { en: R, ja: ロ }, sources: [s1] }
  - { id: PRK, kind: state, names: [{ en: DPRK, ja: 北朝鮮 }], description: { en: D, ja: 北 }, sources: [s1] }
ties:
  - id: t-1961
    kind: defense-treaty
    parties: [RUS, PRK]
    title: { en: Treaty, ja: 条約 }
    confidence: confirmed
    signed: 1961-07-06
    ended: { date: 1996-09, how: lapsed }
    sources: [s1]
`;

const STORY = `stories:
  - id: short
    title: { en: Short, ja: 短い }
    scenes:
      - id: one
        view: { at: 1961-07-11 }
        caption: { en: One., ja: 一。 }
        notes: { en: Notes., ja: ノート。 }
        highlight: [t-1961]
        sources: [s1]
`;

/** A data folder with a stories/ folder, in a temporary directory. */
function folder(story?: string) {
	const dir = mkdtempSync(join(tmpdir(), 'tieline-stories-'));
	writeFileSync(join(dir, 'data.yaml'), DATA);
	if (story !== undefined) {
		mkdirSync(join(dir, 'stories'));
		writeFileSync(join(dir, 'stories', 'short.yaml'), story);
	}
	return { dir, rel: relative(ROOT, dir) };
}

describe('graph story validate', { timeout: 60_000 }, () => {
	it('on the bundled data exits 0 and lists the stories it checked', () => {
		const run = graph('story', 'validate');
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n')).toEqual([
			'graph-data: 2 stories (12 scenes) are valid',
			'  jpn-kor-usa-2016-2024: Japan–US–ROK coordination, 2016–2024 (6 scenes)',
			'  treaties-1961-2024: From the 1961 treaties to the 2024 treaty (6 scenes)',
			''
		]);
	});

	it('a broken story exits 1 and names each problem as file:line:column and field path', () => {
		// Two stories: a story that fails its schema is not checked against the data.
		const broken =
			STORY.replace('highlight: [t-1961]', 'highlight: [t-nope]') +
			STORY.replace('stories:\n', '')
				.replace('id: short', 'id: other')
				.replace('notes: { en: Notes., ja: ノート。 }', 'notes: { en: Notes. }');
		const { dir, rel } = folder(broken);
		const run = graph('story', 'validate', '--data', dir);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toEqual([
			`2 problems in ${rel}:`,
			`  ${rel}/stories/short.yaml:17:16 stories[1].scenes[0].notes.ja: Invalid input: expected string, received undefined`,
			`  ${rel}/stories/short.yaml:9:21 stories[0].scenes[0].highlight[0]: "t-nope" is not a tie in the data`
		]);
		// The same loader: the data's own check refuses the folder too.
		expect(graph('validate', '--data', dir).status).toBe(1);
	});

	it('a folder with valid stories passes `graph validate` as well', () => {
		const { dir, rel } = folder(STORY);
		const run = graph('story', 'validate', '--data', dir);
		expect(run.status).toBe(0);
		expect(run.stdout).toBe(`${rel}: 1 story (1 scenes) is valid\n  short: Short (1 scenes)\n`);
		expect(graph('validate', '--data', dir).status).toBe(0);
	});

	it('a folder without stories exits 1; a missing or unknown subcommand exits 2', () => {
		const { dir, rel } = folder();
		const none = graph('story', 'validate', '--data', dir);
		expect(none.status).toBe(1);
		expect(none.stderr).toContain(`${rel} has no stories`);
		const missing = graph('story');
		expect(missing.status).toBe(2);
		expect(missing.stderr).toBe('story needs a subcommand: validate\n');
		const unknown = graph('story', 'check');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toBe('story needs a subcommand: validate (not "check")\n');
	});
});
