import { TIE_KINDS } from '../schema/tie.ts';
import type { ToolParamValue } from '../view/view-spec.ts';
import { parseParams, ToolParamError, type AnyTool } from './tool.ts';

export type ToolParamValues = Record<string, ToolParamValue>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The parameters a view keeps of a run: those given and not equal to their default, in the
 * descriptor's order, so that a link stays short and two equal runs are equal specs.
 */
export function compactParams(tool: AnyTool, params: Record<string, unknown>): ToolParamValues {
	const out: ToolParamValues = {};
	for (const [id, p] of Object.entries(tool.parameters)) {
		const v = params[id];
		if (v === undefined || same(v, p.default)) continue;
		out[id] = v as ToolParamValue;
	}
	return out;
}

/**
 * Parameters as a link writes them: `source:JPN,target:RUS,kinds:defense-treaty+agreement`.
 * Kinds are joined by `+`, booleans are 1 or 0; ids, dates and numbers are written as they are.
 */
export function encodeToolParams(tool: AnyTool, params: ToolParamValues): string {
	const parts: string[] = [];
	for (const [id, v] of Object.entries(compactParams(tool, params))) {
		const text = Array.isArray(v) ? v.join('+') : typeof v === 'boolean' ? (v ? '1' : '0') : v;
		parts.push(`${id}:${text}`);
	}
	return parts.join(',');
}

/** Why a link's tool parameters were not used: the message names the parameter and problem. */
export class ToolLinkError extends Error {
	constructor(
		readonly param: string,
		readonly problem: string
	) {
		super(`${param}: ${problem}`);
		this.name = 'ToolLinkError';
	}
}

/**
 * Reads `encodeToolParams`' text back and validates it with the tool's own schemas. A `+` may
 * arrive as a space (a query string reads `+` so). Throws `ToolLinkError` naming the parameter.
 */
export function decodeToolParams(
	tool: AnyTool,
	text: string,
	kinds: readonly string[] = TIE_KINDS
): ToolParamValues {
	const raw: Record<string, unknown> = {};
	for (const part of text.split(',').filter(Boolean)) {
		const colon = part.indexOf(':');
		if (colon < 1) throw new ToolLinkError(part, 'expected name:value');
		const id = part.slice(0, colon);
		const value = part.slice(colon + 1);
		const p = tool.parameters[id];
		if (!p) throw new ToolLinkError(id, `${tool.id} has no such parameter`);
		if (id in raw) throw new ToolLinkError(id, 'given twice');
		if (p.type === 'kinds') {
			raw[id] = value.split(/[+ ]/).filter(Boolean);
			const unknown = (raw[id] as string[]).find((k) => !kinds.includes(k));
			if (unknown) throw new ToolLinkError(id, `unknown kind of tie "${unknown}"`);
		} else if (p.type === 'integer') {
			if (!/^-?\d+$/.test(value)) throw new ToolLinkError(id, `"${value}" is not a whole number`);
			raw[id] = Number(value);
		} else if (p.type === 'boolean') {
			if (value !== '1' && value !== '0') throw new ToolLinkError(id, `"${value}" is not 1 or 0`);
			raw[id] = value === '1';
		} else raw[id] = value;
	}
	try {
		return compactParams(tool, parseParams(tool, raw));
	} catch (e) {
		if (e instanceof ToolParamError) throw new ToolLinkError(e.param, e.problem);
		throw e;
	}
}
