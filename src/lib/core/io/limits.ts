import type { DataIssue } from './issue.ts';

/**
 * What one data file may hold. The bundled data is far inside them (largest file 47 kB, longest
 * text 548 characters, nesting 7 levels); they exist so that a hostile or broken file is refused
 * with a message instead of exhausting memory or the stack. graph-data/README.md states them.
 */
export const LIMITS = {
	/** Bytes in one file (8 MiB: a 5,000-node GEXF fits). */
	fileBytes: 8 * 1024 * 1024,
	/** Characters in one text value (a title, a note, a name). */
	stringLength: 10_000,
	/** Levels of nested lists and maps. */
	depth: 32,
	/** Alias expansions in one YAML file (the yaml library counts nested expansions). */
	aliasCount: 100
} as const;

/** Where a byte offset or text position falls, for a message. */
export interface Place {
	line?: number;
	column?: number;
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		// Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
		if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
		i += need + 1;
	}
	return -1;
}

/** 1-based line and column of a byte offset (column counted in bytes). */
function bytePlace(bytes: Uint8Array, offset: number): Place {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: offset - start + 1 };
}

const hex = (b: number) => '0x' + b.toString(16).toUpperCase().padStart(2, '0');

/**
 * Turns a file's bytes into text, or says why it cannot: too large, a UTF-16 or binary file,
 * or bytes that are not UTF-8 (named by their offset, so a Latin-1 "é" is found).
 */
export function decodeBytes(
	file: string,
	bytes: Uint8Array
): { ok: true; text: string } | { ok: false; issue: DataIssue } {
	const fail = (message: string, offset?: number) => ({
		ok: false as const,
		issue: {
			file,
			path: '(file)',
			message,
			...(offset === undefined ? {} : bytePlace(bytes, offset))
		}
	});
	if (bytes.length > LIMITS.fileBytes) {
		return fail(
			`is ${bytes.length.toLocaleString('en')} bytes; a data file may have at most ${LIMITS.fileBytes.toLocaleString('en')}`
		);
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return fail('is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8', 0);
	}
	const nul = bytes.indexOf(0);
	const bad = invalidUtf8Offset(bytes);
	if (nul >= 0 && (bad < 0 || nul < bad)) {
		return fail(`is not a text file: a NUL byte at byte offset ${nul}`, nul);
	}
	if (bad >= 0) {
		return fail(
			`is not UTF-8: byte ${hex(bytes[bad])} at byte offset ${bad} is not valid UTF-8 (was it saved as Latin-1 or Shift_JIS?); save it as UTF-8`,
			bad
		);
	}
	return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

/**
 * Text handed over already decoded (the app's inlined files) cannot show its bytes; a U+FFFD
 * replacement character is what a failed decoding leaves behind, so it is refused with its place.
 */
export function checkDecodedText(file: string, text: string): DataIssue | undefined {
	const at = text.indexOf('\uFFFD');
	if (at < 0) return undefined;
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	const column = at - before.lastIndexOf('\n');
	return {
		file,
		line,
		column,
		path: '(file)',
		message:
			'holds U+FFFD, the mark of bytes that were not UTF-8 when the file was read; save it as UTF-8'
	};
}

/** One line-ending convention for every reader: a BOM dropped, CRLF and CR-only become LF. */
export function normaliseText(text: string): string {
	const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/**
 * The deepest bracket nesting of a YAML or JSON text, found before parsing: the parser recurses
 * per level, so 20,000 brackets would exhaust the stack. Quoted strings and comments are skipped.
 * Returns the place where the limit is first passed, or undefined.
 */
export function tooDeepBrackets(text: string, limit: number = LIMITS.depth): Place | undefined {
	let depth = 0;
	let line = 1;
	let lineStart = 0;
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') {
			line++;
			lineStart = i + 1;
			continue;
		}
		if (quote) {
			if (quote === '"' && c === '\\') i++;
			else if (c === quote) quote = '';
			continue;
		}
		if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
			const end = text.indexOf('\n', i);
			i = (end < 0 ? text.length : end) - 1;
		} else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) {
			quote = c;
		} else if (c === '[' || c === '{') {
			if (++depth > limit) return { line, column: i - lineStart + 1 };
		} else if ((c === ']' || c === '}') && depth > 0) depth--;
	}
	return undefined;
}
