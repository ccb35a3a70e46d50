import type { Dataset } from '../lib/core/io/dataset.ts';

export const STORY_USAGE = `  story validate                    check the stories (stories/*.yaml) against the data; list
                                    every problem with the data's (exit 1 if any)`;

/** What the command printed and how it ends; the data's problems end it before this. */
export interface StoryResult {
	stdout: string;
	stderr: string;
	code: number;
}

/**
 * `graph story <subcommand>`. Stories are validated with the data, by the same loader, so a
 * story that names a missing tie fails `graph validate` too; this lists what was checked.
 */
export function runStory(
	subcommand: string | undefined,
	source: string,
	load: () => Dataset
): StoryResult {
	if (subcommand !== 'validate')
		return {
			stdout: '',
			stderr: `story needs a subcommand: validate${subcommand ? ` (not "${subcommand}")` : ''}\n`,
			code: 2
		};
	const stories = load().stories ?? [];
	if (stories.length === 0)
		return {
			stdout: '',
			stderr: `${source} has no stories: write them as stories: lists in .yaml files (graph-data/stories/)\n`,
			code: 1
		};
	const one = stories.length === 1;
	const scenes = stories.reduce((n, s) => n + s.scenes.length, 0);
	const lines = stories.map((s) => `  ${s.id}: ${s.title.en} (${s.scenes.length} scenes)`);
	return {
		stdout: `${source}: ${one ? '1 story' : `${stories.length} stories`} (${scenes} scenes) ${one ? 'is' : 'are'} valid\n${lines.join('\n')}\n`,
		stderr: '',
		code: 0
	};
}
