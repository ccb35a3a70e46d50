import { z } from 'zod';
import {
	ActorId,
	Confidence,
	IsoDate,
	KebabId,
	Note,
	SourceRef,
	Sources,
	Text,
	type ForeignAttributes
} from './common.ts';

export const TIE_KINDS = [
	'defense-treaty',
	'agreement',
	'diplomatic-relations',
	'arms-transfer',
	'technology-transfer',
	'troop-deployment',
	'weapons-deployment',
	'joint-exercise',
	'membership',
	'sanctions',
	'assessment'
] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** Kinds with a treaty lifecycle (signed → in force → suspended/renewed → ended). */
export const AGREEMENT_KINDS: readonly TieKind[] = ['defense-treaty', 'agreement'];
/** Kinds whose parties are [from, to]. */
export const DIRECTED_KINDS: readonly TieKind[] = [
	'arms-transfer',
	'technology-transfer',
	'troop-deployment',
	'weapons-deployment',
	'membership',
	'sanctions',
	'assessment'
];

/** One of Tieline's own kinds; any other name is a foreign kind, allowed under the relaxed profile. */
export const isKnownKind = (kind: string): kind is TieKind =>
	(TIE_KINDS as readonly string[]).includes(kind);
export const isAgreementKind = (kind: string) =>
	(AGREEMENT_KINDS as readonly string[]).includes(kind);
export const isDirectedKind = (kind: string) =>
	(DIRECTED_KINDS as readonly string[]).includes(kind);

/** Whether a tie's parties are [from, to]: by its kind, or for a foreign kind as its file said. */
export const isDirectedTie = (tie: Pick<Tie, 'kind' | 'directed'>) =>
	isKnownKind(tie.kind) ? isDirectedKind(tie.kind) : tie.directed === true;

export const END_HOWS = [
	'expired',
	'terminated',
	'superseded',
	'lapsed',
	'withdrawn',
	'dissolved',
	'ended'
] as const;
export const OBLIGATIONS = [
	'defense',
	'offense',
	'neutrality',
	'non-aggression',
	'consultation'
] as const;

export const Clause = z.strictObject({
	obligation: z.enum(OBLIGATIONS),
	article: z.string().min(1).optional(),
	text: Text,
	sources: z.array(SourceRef).optional()
});

/**
 * One arms or technology deal, as a trade register records it: what was transferred, how many were
 * ordered and delivered, and when the order was placed. The delivery span is the tie's own
 * from/to, so a deal ends when its deliveries end.
 */
export const Deal = z.strictObject({
	/** The designation as the sources write it (F-16C/D, MiG-29, S-300PMU-1). */
	designation: z.string().trim().min(1),
	/** What it is: "fighter aircraft", "surface-to-air missile system". */
	description: Text.optional(),
	ordered: z.number().int().positive().optional(),
	delivered: z.number().int().nonnegative().optional(),
	orderDate: IsoDate.optional(),
	/** True where the numbers or dates are estimates or the sources disagree (see the notes). */
	uncertain: z.boolean().optional()
});
export type Deal = z.infer<typeof Deal>;

/** Kinds that may carry deal details. */
export const DEAL_KINDS: readonly TieKind[] = ['arms-transfer', 'technology-transfer'];

export const Tie = z.strictObject({
	id: KebabId,
	kind: z.enum(TIE_KINDS),
	/** The actors; for a directed kind exactly [from, to]. */
	parties: z.array(ActorId).min(2, 'a tie needs at least two parties'),
	title: Text,
	description: Text.optional(),
	confidence: Confidence,
	sources: Sources,
	// Agreements: each step of the lifecycle is its own date.
	signed: IsoDate.optional(),
	inForce: IsoDate.optional(),
	renewed: z.array(IsoDate).optional(),
	suspended: z
		.array(z.strictObject({ from: IsoDate, to: IsoDate.optional(), note: Text.optional() }))
		.optional(),
	ended: z.strictObject({ date: IsoDate, how: z.enum(END_HOWS), note: Text.optional() }).optional(),
	clauses: z.array(Clause).optional(),
	// Flows, relations, memberships, sanctions: a period; an open end is ongoing as of `asOf`.
	from: IsoDate.optional(),
	to: IsoDate.optional(),
	asOf: IsoDate.optional(),
	/** Arms and technology transfers: the deal, deal by deal. */
	deal: Deal.optional(),
	notes: z.array(Note).optional()
});
/**
 * A tie as the rest of Tieline holds it: strict data, or foreign data read under the relaxed
 * profile (io/profile.ts), where the kind may be any name, confidence may be unknown, sources may
 * be none (`sources: []`, marked as unsourced) and unknown attributes are kept.
 */
export type Tie = Omit<z.infer<typeof Tie>, 'kind' | 'confidence'> & {
	/** One of TIE_KINDS, or under the relaxed profile a foreign kind: any non-empty name. */
	kind: string;
	confidence?: Confidence;
	/** Foreign kinds only: the file drew the tie as an arrow from parties[0] to parties[1]. */
	directed?: boolean;
	/** Relaxed data only: the file gives the tie no date at all, so it holds at every date. */
	undated?: true;
	attributes?: ForeignAttributes;
};
