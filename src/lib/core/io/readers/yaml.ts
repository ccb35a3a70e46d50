import {
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document
} from 'yaml';
import type { DataIssue } from '../issue.ts';
import { LIMITS, tooDeepBrackets, type Place } from '../limits.ts';
import type { ReadOne, RawDocument } from '../raw-input.ts';

// The core schema's own tags are plain YAML; anything else (`!js/function`, `!!binary`) would
// be silently dropped or turned into something the data never meant.
const PLAIN_TAGS = new Set(
	['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`)
);
const MAX_ISSUES_PER_CHECK = 5;

/** A located view of a parsed YAML text (also used for JSON, which is YAML). */
function locator(doc: Document.Parsed, lines: LineCounter): RawDocument['locate'] {
	return (path, atKey = false) => {
		// Walk down as far as the path exists, so a missing field points at its parent.
		let node: unknown = doc.contents;
		for (const [i, key] of path.entries()) {
			if (isMap(node)) {
				const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
				if (!pair) break;
				// An unknown key is reported at the key itself; anything else at its value.
				node = atKey && i === path.length - 1 ? pair.key : (pair.value ?? pair.key);
			} else if (isSeq(node) && typeof key === 'number') {
				if (!node.items[key]) break;
				node = node.items[key];
			} else break;
		}
		const range = (node as { range?: [number, number, number] } | null)?.range;
		if (!range) return {};
		const pos = lines.linePos(range[0]);
		return { line: pos.line, column: pos.col };
	};
}

/**
 * Checks the parsed tree without recursion (a hostile file may nest deeply): foreign tags,
 * nesting depth and text length. Integers written with leading zeros (`signed: 0000`) become
 * their source text, so a date is quoted back as written, not as "0".
 */
function checkTree(doc: Document.Parsed, place: (offset: number) => Place, file: string) {
	const issues: DataIssue[] = [];
	let firstAlias = Infinity;
	const counts = { tag: 0, depth: 0, length: 0 };
	const add = (kind: keyof typeof counts, offset: number, message: string) => {
		if (counts[kind]++ < MAX_ISSUES_PER_CHECK)
			issues.push({ file, path: '(yaml)', message, ...place(offset) });
	};
	const stack: [unknown, number][] = [[doc.contents, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (!node || typeof node !== 'object') continue;
		const at = (node as { range?: number[] }).range?.[0] ?? 0;
		if (isAlias(node)) {
			firstAlias = Math.min(firstAlias, at);
			continue;
		}
		if (isPair(node)) {
			stack.push([node.key, depth], [node.value, depth]);
			continue;
		}
		const tag = (node as { tag?: string }).tag;
		if (tag && !PLAIN_TAGS.has(tag))
			add('tag', at, `YAML tag ${tag} is not allowed in data files; write the plain value`);
		if (isMap(node) || isSeq(node)) {
			if (depth > LIMITS.depth) {
				add('depth', at, `nesting is deeper than ${LIMITS.depth} levels`);
				continue;
			}
			for (const item of node.items as unknown[]) stack.push([item, depth + 1]);
		} else if (isScalar(node)) {
			const { value, source } = node as { value: unknown; source?: string };
			if (typeof value === 'string' && value.length > LIMITS.stringLength) {
				add(
					'length',
					at,
					`a text of ${value.length.toLocaleString('en')} characters; at most ${LIMITS.stringLength.toLocaleString('en')} are allowed`
				);
			}
			if (typeof value === 'number' && source && /^0\d+$/.test(source)) node.value = source;
		}
	}
	return { issues, firstAlias: firstAlias < Infinity ? place(firstAlias) : undefined };
}

/** Reads one YAML (or JSON) text into raw data, or lists why it cannot be read. */
export function readYaml(file: string, text: string): ReadOne {
	const deep = tooDeepBrackets(text);
	if (deep) {
		return {
			ok: false,
			reason: 'problem',
			issues: [
				{
					file,
					...deep,
					path: '(yaml)',
					message: `brackets nest deeper than ${LIMITS.depth} levels`
				}
			]
		};
	}
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const place = (offset: number): Place => {
		const pos = lines.linePos(offset);
		return { line: pos.line, column: pos.col };
	};
	if (doc.errors.length > 0) {
		// Later errors are mostly the parser losing its way after the first one; say how many.
		const [err] = doc.errors;
		const more = doc.errors.length - 1;
		const message =
			err.code === 'RESOURCE_EXHAUSTION'
				? `nesting is too deep to read (more than ${LIMITS.depth} levels are not allowed)`
				: `YAML syntax: ${err.message.split('\n')[0]}` +
					(more > 0 ? ` (and ${more} more YAML error${more === 1 ? '' : 's'} after it)` : '');
		return {
			ok: false,
			reason: err.code === 'RESOURCE_EXHAUSTION' ? 'problem' : 'YAML syntax error',
			issues: [{ file, ...place(err.pos[0]), path: '(yaml)', message }]
		};
	}
	const issues: DataIssue[] = doc.warnings
		.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')
		.map((w) => ({
			file,
			...place(w.pos[0]),
			path: '(yaml)',
			message: `YAML: ${w.message.split('\n')[0]}`
		}));
	const tree = checkTree(doc, place, file);
	issues.push(...tree.issues);
	if (issues.length > 0) return { ok: false, reason: 'problem', issues };
	if (doc.contents === null) {
		// Reported, but it defines nothing, so references elsewhere are still checked.
		const message = /\S/.test(text)
			? 'holds only comments: no sources, actors, ties, events or absences'
			: 'is empty: no sources, actors, ties, events or absences';
		return {
			ok: true,
			raw: { file, data: {}, locate: () => ({}) },
			issues: [{ file, path: '(file)', message }]
		};
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: LIMITS.aliasCount });
	} catch (e) {
		return {
			ok: false,
			reason: 'problem',
			issues: [
				{
					file,
					...(tree.firstAlias ?? {}),
					path: '(yaml)',
					message: `YAML aliases expand too far (${(e as Error).message}); write the values out instead`
				}
			]
		};
	}
	return { ok: true, raw: { file, data, locate: locator(doc, lines) } };
}
