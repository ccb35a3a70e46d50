import { stringify } from 'yaml';
import type { Story } from '../schema/story.ts';

const HEADER = `# yaml-language-server: $schema=../schema/graph-data.schema.json
# A briefing told over the data, made in Tieline with "Save this view as a scene".
# Put it in graph-data/stories/ and check it with \`graph story validate\`.
`;

/** Where a downloaded story goes in the project. */
export function storyFileName(story: Pick<Story, 'id'>): string {
	return `${story.id}.yaml`;
}

/**
 * The story as a graph-data file (`stories:` with this one story), in the field order the
 * shipped stories use, so the loader reads it as is and a diff of it reads well.
 */
export function storyYaml(story: Story): string {
	const scenes = story.scenes.map((s) => ({
		id: s.id,
		view: s.view,
		caption: { en: s.caption.en, ja: s.caption.ja },
		notes: { en: s.notes.en, ja: s.notes.ja },
		...(s.highlight?.length ? { highlight: s.highlight } : {}),
		sources: s.sources
	}));
	const doc = {
		stories: [
			{
				id: story.id,
				title: { en: story.title.en, ja: story.title.ja },
				...(story.summary ? { summary: story.summary } : {}),
				scenes
			}
		]
	};
	// Dates stay strings (a bare 2024-06-19 would still be read as text: the yaml package keeps
	// the core schema, with no timestamp type); long captions are not folded.
	return HEADER + stringify(doc, { lineWidth: 0 });
}
