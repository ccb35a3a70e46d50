import { z } from 'zod';
import { isoToDay } from '../time/partial-date.ts';
import { CONFIDENCES, KebabId, SourceRef, Text } from './common.ts';
import { TIE_KINDS } from './tie.ts';

// Scenes are written by hand and reviewed in git, so a scene's view is a small readable form of
// the app's view spec (src/lib/core/view/view-spec.ts), not the URL's query string. This file
// does not import the view spec: the schema modules must load before the time modules do.

/** A calendar day as a scene writes it: `YYYY-MM-DD`, a real date. */
const Day = z
	.string()
	.refine((s) => isoToDay(s) !== null, 'must be a real date written YYYY-MM-DD');

/** Two days, the earlier first: a range's ends, or the dates A and B of a comparison. */
const Days = z
	.strictObject({ from: Day, to: Day })
	.refine((d) => isoToDay(d.from) === null || isoToDay(d.to) === null || d.from < d.to, {
		message: '`from` must come before `to`',
		path: ['to']
	});

const RefId = z.string().min(1).max(120);

/**
 * What a scene shows: exactly one of `at` (a day), `range` or `compare`, and optionally filters,
 * the item in focus, picked actors or ties, and the camera. Everything left out is the view a
 * fresh visit opens on.
 */
export const SceneView = z
	.strictObject({
		at: Day.optional(),
		range: Days.optional(),
		compare: Days.optional(),
		/** Kinds of tie hidden. */
		hide: z.array(z.enum(TIE_KINDS)).min(1).optional(),
		minConfidence: z.enum(CONFIDENCES).optional(),
		/** Actors taken out of the view, with every tie they are a party to. */
		hideActors: z.array(RefId).min(1).optional(),
		/** The actor, tie, event or pair (`PRK~RUS`) whose details are open. */
		focus: RefId.optional(),
		/** Actors and ties picked for study. */
		picks: z
			.strictObject({ actors: z.array(RefId).optional(), ties: z.array(RefId).optional() })
			.optional(),
		/** Context ties (diplomatic relations, memberships) drawn faintly or in full. */
		context: z.enum(['quiet', 'full']).optional(),
		/** One line per pair of actors (the default) or one line per tie. */
		pairs: z.enum(['one', 'all']).optional(),
		/** Pairs drawn tie by tie (`PRK~RUS`: the two actor ids, sorted, joined by `~`). */
		expanded: z
			.array(z.string().regex(/^[^~]+~[^~]+$/, 'a pair is two actor ids joined by ~'))
			.min(1)
			.optional(),
		/** Ties that have ended drawn faintly. */
		ghosts: z.boolean().optional(),
		/** The schematic arrangement (the default) or the base map of the region. */
		layout: z.enum(['schematic', 'map']).optional(),
		/** The picture in colour (the default), in greys, or for print. */
		theme: z.enum(['colour', 'greyscale', 'print']).optional(),
		camera: z
			.strictObject({
				zoom: z.number().finite().min(0.05).max(20),
				x: z.number().finite(),
				y: z.number().finite()
			})
			.optional()
	})
	.refine((v) => [v.at, v.range, v.compare].filter(Boolean).length === 1, {
		message: 'give exactly one of `at`, `range` or `compare`'
	});
export type SceneView = z.infer<typeof SceneView>;

/** One step of a story: what is on screen, and what the presenter says about it. */
export const Scene = z.strictObject({
	id: KebabId,
	view: SceneView,
	/** Shown on screen with the scene. */
	caption: Text,
	/** For the presenter. */
	notes: Text,
	/** Ties drawn out in the scene; each must exist on the scene's date. */
	highlight: z.array(RefId).min(1).optional(),
	/** Where the caption and notes come from: ids in the sources registry. */
	sources: z.array(SourceRef).min(1, 'cites no source: every scene needs at least one')
});
export type Scene = z.infer<typeof Scene>;

/** A briefing: a title and scenes in the order they are shown. */
export const Story = z.strictObject({
	id: KebabId,
	title: Text,
	summary: Text.optional(),
	scenes: z.array(Scene).min(1, 'has no scenes')
});
export type Story = z.infer<typeof Story>;
