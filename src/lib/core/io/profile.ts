import { z } from 'zod';
import {
	Absence,
	Actor,
	ActorName,
	Event,
	Source,
	SourceRef,
	Tie,
	type Collection,
	type ForeignAttributes,
	type Text
} from '../schema/index.ts';
import { ITEM_SCHEMAS } from '../schema/index.ts';

/**
 * How much a dataset must say. `strict` is graph-data's rule (and the build's): every field the
 * schemas require. `relaxed` opens data written by other tools: free-form tie kinds, an unknown
 * actor kind, one language, no sources (marked, never hidden), unknown attributes kept. Dates,
 * references and the order of a lifecycle are checked the same way under both.
 */
export const PROFILES = ['strict', 'relaxed'] as const;
export type Profile = (typeof PROFILES)[number];

/** The kind of a tie whose file names none (an edge of a plain graph file). */
export const UNNAMED_KIND = 'tie';

/** Ids from other tools are often numbers or dotted names: any short text that is not blank. */
const ForeignId = z
	.string()
	.trim()
	.min(1, 'is empty')
	.max(120, 'is longer than 120 characters; ids are kept short for links');

const Attributes = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** A text in English or Japanese or both; the missing one shows the other. */
const OneLanguage = z
	.strictObject({
		en: z.string().trim().min(1, 'English text is empty').optional(),
		ja: z.string().trim().min(1, 'Japanese text is empty').optional()
	})
	.refine((t) => t.en !== undefined || t.ja !== undefined, 'needs English or Japanese text')
	.transform((t): Text => ({ en: (t.en ?? t.ja)!, ja: (t.ja ?? t.en)! }));

const OneLanguageName = ActorName.extend({
	en: z.string().trim().min(1, 'English name is empty').optional(),
	ja: z.string().trim().min(1, 'Japanese name is empty').optional()
})
	.refine((n) => n.en !== undefined || n.ja !== undefined, 'needs an English or Japanese name')
	.transform((n) => ({ ...n, en: (n.en ?? n.ja)!, ja: (n.ja ?? n.en)! }));

/**
 * Keys the schema does not know go to `attributes` (texts, numbers, true/false); anything else
 * under an unknown key is reported at that key, since it cannot be shown or exported.
 */
function keepingAttributes<S extends z.ZodObject>(schema: S) {
	const known = new Set(Object.keys(schema.shape));
	return schema
		.loose()
		.superRefine((item, ctx) => {
			for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
				if (known.has(key) || value === undefined || value === null) continue;
				if (!['string', 'number', 'boolean'].includes(typeof value))
					ctx.addIssue({
						code: 'custom',
						path: [key],
						message: `"${key}" is not a field Tieline knows; as an attribute it must be a text, a number or true/false`
					});
			}
		})
		.transform((item) => {
			const entries = Object.entries(item as Record<string, unknown>);
			const own = (item as { attributes?: ForeignAttributes }).attributes ?? {};
			// Built from entries, never by assignment, so a key such as `__proto__` stays a key.
			const attributes: ForeignAttributes = Object.fromEntries([
				...Object.entries(own),
				...entries.filter(([k, v]) => !known.has(k) && v !== undefined && v !== null)
			]) as ForeignAttributes;
			const out = Object.fromEntries(entries.filter(([k]) => known.has(k) && k !== 'attributes'));
			if (Object.keys(attributes).length > 0) out.attributes = attributes;
			return out as z.output<S>;
		});
}

const RelaxedActor = keepingAttributes(
	Actor.extend({
		id: ForeignId,
		kind: Actor.shape.kind.optional(),
		names: z.array(OneLanguageName).min(1, 'needs at least one name'),
		description: OneLanguage.optional(),
		sources: z.array(SourceRef).default([]),
		attributes: Attributes.optional()
	})
);

const RelaxedTie = keepingAttributes(
	Tie.extend({
		id: ForeignId,
		kind: z.string().trim().min(1, 'is empty').default(UNNAMED_KIND),
		parties: z.array(ForeignId).min(2, 'a tie needs at least two parties'),
		title: OneLanguage.optional(),
		description: OneLanguage.optional(),
		confidence: Tie.shape.confidence.optional(),
		sources: z.array(SourceRef).default([]),
		directed: z.boolean().optional(),
		undated: z.literal(true).optional(),
		attributes: Attributes.optional()
	})
);

const RelaxedEvent = Event.extend({
	id: ForeignId,
	actors: z.array(ForeignId).min(1, 'an event needs at least one actor'),
	ties: z.array(ForeignId).optional(),
	title: OneLanguage,
	description: OneLanguage.optional(),
	sources: z.array(SourceRef).default([])
});

const RelaxedAbsence = Absence.extend({
	parties: z.array(ForeignId).length(2, 'an absence is between exactly two actors'),
	description: OneLanguage,
	sources: z.array(SourceRef).default([])
});

const RELAXED_SCHEMAS: Record<Collection, z.ZodType> = {
	sources: Source,
	actors: RelaxedActor,
	ties: RelaxedTie,
	events: RelaxedEvent,
	absences: RelaxedAbsence
};

/** The schema one item of a collection is checked with under a profile. */
export function itemSchema(profile: Profile, collection: Collection): z.ZodType {
	return profile === 'relaxed' ? RELAXED_SCHEMAS[collection] : ITEM_SCHEMAS[collection];
}

/** An item that cites no source: allowed under the relaxed profile, and said wherever it shows. */
export function isUnsourced(item: { sources: readonly unknown[] }): boolean {
	return item.sources.length === 0;
}

const DATE_FIELDS = ['signed', 'inForce', 'renewed', 'suspended', 'ended', 'from', 'to', 'asOf'];

/**
 * What a relaxed item may leave out and the view cannot: a tie's title, named after its parties
 * ("Valjean – Myriel"), in each language as the actors are named; and a tie with no date at all
 * is marked `undated`, to hold at every date.
 */
export function completeRelaxed(data: {
	actors: readonly Actor[];
	ties: (Omit<Tie, 'title'> & { title?: Text })[];
}): void {
	const names = new Map(data.actors.map((a) => [a.id, a.names.at(-1)!]));
	const side = (id: string, lang: 'en' | 'ja') => names.get(id)?.[lang] ?? id;
	for (const tie of data.ties) {
		if (DATE_FIELDS.every((f) => tie[f as keyof typeof tie] === undefined)) tie.undated = true;
		tie.title ??= {
			en: tie.parties.map((p) => side(p, 'en')).join(' – '),
			ja: tie.parties.map((p) => side(p, 'ja')).join('–')
		};
	}
}
