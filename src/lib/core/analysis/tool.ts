import { z } from 'zod';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import type { Text } from '../schema/common.ts';
import { isoToDay } from '../time/partial-date.ts';

/** The widget a panel draws for a parameter. */
export type ParamType = 'actor' | 'kinds' | 'date' | 'integer' | 'boolean' | 'enum';

/**
 * One parameter of a tool: what a panel needs to draw it (type, names, default, bounds, choices)
 * and the zod schema that validates a value and fills the default.
 */
export interface ToolParameter<S extends z.ZodType = z.ZodType> {
	type: ParamType;
	name: Text;
	/** Absent means the parameter has no default: the person (or the view, see `fromView`) gives it. */
	default?: z.output<S>;
	/** Integer bounds (inclusive). */
	min?: number;
	max?: number;
	/** Choices of an `enum`, in display order. */
	values?: readonly { id: string; name: Text }[];
	/** Show the parameter only while another parameter has one of these values. */
	visibleWhen?: { param: string; equals: readonly (string | boolean)[] };
	/** Where a panel may prefill it from: the date in view, the range in view, the picked actor. */
	fromView?: 'date' | 'range-from' | 'range-to' | 'actor';
	schema: S;
}

export type ToolOutputType = 'actors' | 'ties' | 'paths' | 'rows' | 'matrix';

export interface ToolOutput {
	id: string;
	type: ToolOutputType;
	name: Text;
}

export type ToolParams<Ps extends Record<string, ToolParameter>> = {
	[K in keyof Ps]: z.output<Ps[K]['schema']>;
};

/**
 * A tool: one analysis, described so that a panel can be generated from it (Gephi Lite's
 * `Metric` is the model). `run` is pure: it reads the temporal graph and returns a value.
 */
export interface ToolDescriptor<
	Ps extends Record<string, ToolParameter>,
	R,
	Id extends string = string
> {
	id: Id;
	name: Text;
	description: Text;
	/** In display order. */
	parameters: Ps;
	outputs: readonly ToolOutput[];
	/** Checks between parameters (a range's ends); returns the parameter at fault and why. */
	// Method syntax on purpose: it lets a registry hold tools of different parameter types.
	check?(params: ToolParams<Ps>): { param: keyof Ps & string; message: string } | undefined;
	run(graph: TemporalGraph, params: ToolParams<Ps>): R;
}

export type AnyTool = ToolDescriptor<Record<string, ToolParameter>, unknown>;

/** Bad parameters: the message names the tool, the parameter and the problem. */
export class ToolParamError extends Error {
	constructor(
		readonly tool: string,
		readonly param: string,
		readonly problem: string
	) {
		super(`analysis/${tool}: ${param}: ${problem}`);
		this.name = 'ToolParamError';
	}
}

/** Typed identity: lets TypeScript infer the parameter and result types of a descriptor. */
export function defineTool<Ps extends Record<string, ToolParameter>, R, const Id extends string>(
	tool: ToolDescriptor<Ps, R, Id>
): ToolDescriptor<Ps, R, Id> {
	return tool;
}

/** Validates raw values (from a form, a URL, the CLI) and fills defaults. */
export function parseParams<Ps extends Record<string, ToolParameter>>(
	tool: ToolDescriptor<Ps, unknown>,
	raw: Record<string, unknown>
): ToolParams<Ps> {
	const shape = Object.fromEntries(
		Object.entries(tool.parameters).map(([id, p]) => [id, p.schema])
	);
	const parsed = z.strictObject(shape).safeParse(raw ?? {});
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const param = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
		throw new ToolParamError(tool.id, param || '(parameters)', issue.message);
	}
	const params = parsed.data as ToolParams<Ps>;
	const fault = tool.check?.(params);
	if (fault) throw new ToolParamError(tool.id, fault.param, fault.message);
	return params;
}

/** The defaults of every parameter that has one, e.g. to fill a fresh panel. */
export function defaultParams(tool: AnyTool): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(tool.parameters)
			.filter(([, p]) => p.default !== undefined)
			.map(([id, p]) => [id, p.default])
	);
}

// Builders for the parameter types. Each returns the panel description with its schema.

const IsoDay = z.string().refine((s) => isoToDay(s) !== null, {
	message: 'not a calendar day; write it as YYYY-MM-DD'
});

export const param = {
	actor: (name: Text, extra: Partial<ToolParameter> = {}) =>
		({
			type: 'actor',
			name,
			fromView: 'actor',
			...extra,
			schema: z.string().min(1, 'choose an actor')
		}) satisfies ToolParameter,
	date: (name: Text, extra: Partial<ToolParameter> = {}) =>
		({ type: 'date', name, ...extra, schema: IsoDay.optional() }) satisfies ToolParameter,
	kinds: (name: Text) =>
		({
			type: 'kinds',
			name,
			default: [] as string[],
			// Tieline's kinds or a relaxed dataset's own: a kind the data lacks matches no tie.
			schema: z.array(z.string().trim().min(1).max(120)).default([])
		}) satisfies ToolParameter,
	integer: (
		name: Text,
		min: number,
		max: number,
		fallback: number,
		extra: Partial<ToolParameter> = {}
	) =>
		({
			type: 'integer',
			name,
			min,
			max,
			default: fallback,
			...extra,
			schema: z.number().int().min(min).max(max).default(fallback)
		}) satisfies ToolParameter,
	boolean: (name: Text, fallback: boolean, extra: Partial<ToolParameter> = {}) =>
		({
			type: 'boolean',
			name,
			default: fallback,
			...extra,
			schema: z.boolean().default(fallback)
		}) satisfies ToolParameter,
	choice: <const V extends readonly [string, ...string[]]>(
		name: Text,
		values: { [K in keyof V]: { id: V[K]; name: Text } },
		fallback: V[number],
		extra: Partial<ToolParameter> = {}
	) =>
		({
			type: 'enum',
			name,
			values,
			default: fallback,
			...extra,
			schema: z.enum(values.map((v) => v.id) as unknown as V).default(fallback)
		}) satisfies ToolParameter
};
