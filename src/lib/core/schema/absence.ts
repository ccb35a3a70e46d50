import { z } from 'zod';
import { ActorId, IsoDate, KebabId, Sources, Text } from './common.ts';

/**
 * A relation that does not exist, stated as a fact: Japan and the DPRK have never established
 * diplomatic relations. The view explains an absence instead of leaving a silent gap.
 */
export const Absence = z.strictObject({
	id: KebabId,
	kind: z.enum(['diplomatic-relations']),
	parties: z.array(ActorId).length(2, 'an absence is between exactly two actors'),
	/** The latest date the sources confirm the absence for. */
	asOf: IsoDate,
	/** Since when, where the relation existed before and was broken off. */
	since: IsoDate.optional(),
	description: Text,
	sources: Sources
});
export type Absence = z.infer<typeof Absence>;
