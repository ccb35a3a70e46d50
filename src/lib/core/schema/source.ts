import { z } from 'zod';
import { IsoDate, KebabId, Text } from './common.ts';

export const SOURCE_KINDS = [
	'treaty-text',
	'government-text',
	'official-statement',
	'un-record',
	'research-report',
	'news',
	'commentary',
	'reference'
] as const;

const WEB_PROTOCOL = /^https?$/;
const WEB_URL_MESSAGE =
	'must be a web address starting with http:// or https:// (other schemes, such as javascript: or data:, are not linked)';

/**
 * True for an absolute http: or https: URL. The view links only these: any other scheme
 * (javascript:, vbscript:, data:, file:) could run code or open something other than a web page.
 */
export function isWebUrl(text: string): boolean {
	try {
		return WEB_PROTOCOL.test(new URL(text).protocol.slice(0, -1));
	} catch {
		return false;
	}
}

export const Source = z
	.strictObject({
		id: KebabId,
		title: z.string().min(1),
		/** English title, required where the original is not English. */
		titleEn: z.string().min(1).optional(),
		author: z.string().min(1).optional(),
		publisher: z.string().min(1),
		date: IsoDate,
		url: z.url({ protocol: WEB_PROTOCOL, message: WEB_URL_MESSAGE }).optional(),
		language: z
			.string()
			.regex(/^[a-z]{2}$/, 'must be a two-letter language code (en, ja, ko, ru, zh)'),
		kind: z.enum(SOURCE_KINDS),
		note: Text.optional()
	})
	.superRefine((s, ctx) => {
		if (s.language !== 'en' && !s.titleEn) {
			ctx.addIssue({
				code: 'custom',
				path: ['titleEn'],
				message: `a source in "${s.language}" needs an English title (titleEn)`
			});
		}
	});
export type Source = z.infer<typeof Source>;
