/**
 * XML text helpers. Characters XML 1.0 forbids (most C0 controls) are dropped rather than
 * escaped: no escape makes them legal, and one stray control character would make the whole
 * file unreadable.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
	return (
		text
			.replace(FORBIDDEN, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
			// Attribute values normalise raw newlines and tabs to spaces; character references survive.
			.replace(/\n/g, '&#10;')
			.replace(/\r/g, '&#13;')
			.replace(/\t/g, '&#9;')
	);
}

/** ` name="value"` for each defined value, in order. */
export function xmlAttrs(attrs: Record<string, string | number | boolean | undefined>): string {
	let out = '';
	for (const [name, value] of Object.entries(attrs)) {
		if (value === undefined) continue;
		out += ` ${name}="${escapeXml(String(value))}"`;
	}
	return out;
}

/** A comment body cannot contain "--" or end with "-". */
export function xmlComment(text: string): string {
	return `<!-- ${text.replace(/-{2,}/g, '-').replace(/-$/, '- ')} -->`;
}
