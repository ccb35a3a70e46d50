import { LIMITS, tooDeepBrackets } from '../limits.ts';
import type { ReadOne } from '../raw-input.ts';
import { readYaml } from './yaml.ts';

/**
 * Whether a JSON text can take the fast path: no object repeats a key (JSON.parse would keep the
 * last one silently) and no string runs past the length limit. One pass over the characters.
 */
function plainJson(text: string): boolean {
	const keys: (Set<string> | null)[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x7b) keys.push(new Set());
		else if (c === 0x5b) keys.push(null);
		else if (c === 0x7d || c === 0x5d) keys.pop();
		else if (c === 0x22) {
			let j = i + 1;
			while (j < text.length && text.charCodeAt(j) !== 0x22)
				j += text.charCodeAt(j) === 0x5c ? 2 : 1;
			// Escapes make the written text longer than the value: this errs towards the slow path.
			if (j - i - 1 > LIMITS.stringLength) return false;
			const top = keys[keys.length - 1];
			if (top) {
				let k = j + 1;
				while (k < text.length && /\s/.test(text[k])) k++;
				if (text[k] === ':') {
					const key = text.slice(i + 1, j);
					if (top.has(key)) return false;
					top.add(key);
				}
			}
			i = j;
		}
	}
	return true;
}

/**
 * Reads a JSON text. A well-formed file is parsed by the engine's JSON parser, many times faster
 * than a YAML parse that keeps every position; lines are looked up only when a problem needs
 * one (then the text is read once more by the YAML reader, which keeps them). Anything the fast
 * path cannot vouch for (a syntax error, a repeated key, nesting or a text past the limits, an
 * empty file) goes to the YAML reader, whose messages name the place.
 */
export function readJson(file: string, text: string): ReadOne {
	if (tooDeepBrackets(text) || !plainJson(text)) return readYaml(file, text);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return readYaml(file, text);
	}
	if (data === null || typeof data !== 'object') return readYaml(file, text);
	let located: ReadOne | undefined;
	return {
		ok: true,
		raw: {
			file,
			data,
			locate: (path, atKey) => {
				located ??= readYaml(file, text);
				return located.ok ? located.raw.locate(path, atKey) : {};
			}
		}
	};
}
