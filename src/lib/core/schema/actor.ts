import { z } from 'zod';
import { ActorId, IsoDate, Sources, Text, type ForeignAttributes } from './common.ts';

export const ACTOR_KINDS = ['state', 'organisation'] as const;

/** One name in force over a period: the USSR and Russia are one actor with two names. */
export const ActorName = z.strictObject({
	from: IsoDate.optional(),
	to: IsoDate.optional(),
	en: z.string().min(1),
	ja: z.string().min(1),
	fullEn: z.string().min(1).optional(),
	fullJa: z.string().min(1).optional(),
	/**
	 * The state's ISO 3166 alpha-3 code under this name when it differs from the actor's id (the
	 * USSR's SUN, now in ISO 3166-3), so a Soviet-era picture does not label ソ連 as RUS.
	 */
	code: z
		.string()
		.regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166 alpha-3)')
		.optional()
});
export type ActorName = z.infer<typeof ActorName>;

export const Actor = z.strictObject({
	id: ActorId,
	kind: z.enum(ACTOR_KINDS),
	names: z.array(ActorName).min(1, 'needs at least one name'),
	aliases: z.array(z.string().min(1)).optional(),
	/** Correlates of War state number, so analysts can join other datasets. */
	cow: z.number().int().positive().optional(),
	capital: z
		.strictObject({
			name: Text.optional(),
			lat: z.number().min(-90).max(90),
			lon: z.number().min(-180).max(180)
		})
		.optional(),
	/** When the actor exists; open ends mean before the data begins or still today. */
	exists: z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() }).optional(),
	/** Position in the map-like layout (x grows east, y grows south). */
	position: z.strictObject({ x: z.number(), y: z.number() }).optional(),
	description: Text,
	sources: Sources
});
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * An actor as the rest of Tieline holds it. Under the relaxed profile the kind may be unknown
 * (shown as such), sources may be none and unknown attributes are kept.
 */
export type Actor = Omit<z.infer<typeof Actor>, 'kind' | 'description'> & {
	kind?: ActorKind;
	description?: Text;
	attributes?: ForeignAttributes;
};
