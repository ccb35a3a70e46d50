import { z } from 'zod';
import { isPartialDate, parsePartialDate } from '../time/partial-date.ts';

// zod otherwise probes for `new Function` to compile faster parsers; the app's
// Content-Security-Policy forbids eval, and the probe alone is reported as a violation.
z.config({ jitless: true });

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in English and Japanese; both are required. */
export const Text = z.strictObject({
	en: z.string().trim().min(1, 'English text is empty'),
	ja: z.string().trim().min(1, 'Japanese text is empty')
});
export type Text = z.infer<typeof Text>;

/**
 * A partial ISO date as written in the data. YAML reads a bare year (`1961`) as a number, so a
 * whole number is accepted and kept as its text; nothing is ever padded to a fake day.
 */
export const IsoDate = z.preprocess(
	(value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
	z.string().superRefine((text, ctx) => {
		const parsed = parsePartialDate(text);
		if (!isPartialDate(parsed)) ctx.addIssue({ code: 'custom', message: parsed.error });
	})
);

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const STATE_ID = /^[A-Z]{3}$/;

export const KebabId = z
	.string()
	.regex(KEBAB_ID, 'must be kebab-case: lower-case letters, digits and single hyphens');
export const ActorId = z
	.string()
	.regex(
		new RegExp(`${STATE_ID.source}|${KEBAB_ID.source}`),
		'must be an ISO 3166-1 alpha-3 code (RUS) or a kebab-case organisation id'
	);

export const SourceRef = z.union([
	KebabId,
	z.strictObject({ id: KebabId, locator: z.string().min(1).optional() })
]);
export type SourceRef = z.infer<typeof SourceRef>;

export function sourceRefId(ref: SourceRef): string {
	return typeof ref === 'string' ? ref : ref.id;
}

export const Sources = z.array(SourceRef).min(1, 'cites no source: every fact needs at least one');

export const CONFIDENCES = ['confirmed', 'reported', 'alleged'] as const;
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

/** Values of attributes a foreign file carries that Tieline has no field for, kept as read. */
export type ForeignAttributes = Record<string, string | number | boolean>;

/** A remark attached to an element, optionally with its own sources (who says what). */
export const Note = z.strictObject({
	text: Text,
	sources: z.array(SourceRef).optional()
});
export type Note = z.infer<typeof Note>;
