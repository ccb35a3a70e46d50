import { z } from 'zod';
import { Absence } from './absence.ts';
import { Actor } from './actor.ts';
import { Event } from './event.ts';
import { Source } from './source.ts';
import { Story } from './story.ts';
import { Tie } from './tie.ts';

/**
 * One graph-data YAML file: any of the collections, so files can be split as editors like.
 * `stories` (graph-data/stories/) are briefings over the data, not part of the graph.
 */
export const DataFile = z.strictObject({
	sources: z.array(Source).optional(),
	actors: z.array(Actor).optional(),
	ties: z.array(Tie).optional(),
	events: z.array(Event).optional(),
	absences: z.array(Absence).optional(),
	stories: z.array(Story).optional()
});
export type DataFile = z.infer<typeof DataFile>;

export const COLLECTIONS = ['sources', 'actors', 'ties', 'events', 'absences'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The schema of one item of each collection, so a bad item does not hide its good neighbours. */
export const ITEM_SCHEMAS = {
	sources: Source,
	actors: Actor,
	ties: Tie,
	events: Event,
	absences: Absence
} as const;

/** The outer shape of a file: known collections, each a list. Items are checked one by one. */
export const FileShape = z.strictObject(
	Object.fromEntries(
		[...COLLECTIONS, 'stories'].map((c) => [c, z.array(z.unknown()).optional()])
	) as Record<Collection | 'stories', z.ZodOptional<z.ZodArray<z.ZodUnknown>>>
);

/** JSON Schema for editors (yaml-language-server), generated from the same zod schema. */
export function dataFileJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(DataFile, { io: 'input', unrepresentable: 'any' }) as Record<
		string,
		unknown
	>;
}
