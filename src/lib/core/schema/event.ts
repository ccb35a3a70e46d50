import { z } from 'zod';
import { ActorId, Confidence, IsoDate, KebabId, Note, Sources, Text } from './common.ts';

export const EVENT_KINDS = [
	'summit',
	'visit',
	'signing',
	'ratification',
	'entry-into-force',
	'termination',
	'statement',
	'report',
	'veto',
	'resolution',
	'launch',
	'test',
	'deployment',
	'attack',
	'proposal',
	'other'
] as const;

export const Event = z.strictObject({
	id: KebabId,
	date: IsoDate,
	kind: z.enum(EVENT_KINDS),
	actors: z.array(ActorId).min(1, 'an event needs at least one actor'),
	/** The ties this event concerns. */
	ties: z.array(KebabId).optional(),
	title: Text,
	description: Text.optional(),
	confidence: Confidence,
	sources: Sources,
	notes: z.array(Note).optional()
});
export type Event = z.infer<typeof Event>;
