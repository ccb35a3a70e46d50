import { t } from '../i18n/messages.ts';
import type { Lang } from '../schema/common.ts';
import { isoToDay } from '../time/partial-date.ts';
import type { ToolParamValue } from '../view/view-spec.ts';
import { compactParams, type ToolParamValues } from './tool-params-url.ts';
import { parseParams, ToolParamError, type AnyTool, type ParamType } from './tool.ts';

/** What a form holds for a field: a value, or nothing yet. */
export type FormValue = ToolParamValue | undefined;
export type FormValues = Record<string, FormValue>;

/** What the view offers to prefill (`fromView`): the date, the range, the actor being read. */
export interface ViewContext {
	date: string;
	/** The range in view, lower end first, when the view shows a range or a comparison. */
	range?: { from: string; to: string };
	actor?: string;
	/** The kinds the view shows, when its filter hides some: a tool then starts on those. */
	kinds?: string[];
}

/** One widget of a generated form. */
export interface FormField {
	id: string;
	type: ParamType;
	label: string;
	value: FormValue;
	/** False while `visibleWhen` hides it: it is then neither checked nor sent. */
	visible: boolean;
	min?: number;
	max?: number;
	choices?: { id: string; label: string }[];
	error?: string;
}

/** The values a view prefills: a parameter's `fromView` source, else nothing. */
function fromView(tool: AnyTool, id: string, ctx: ViewContext): FormValue {
	const source = tool.parameters[id].fromView;
	if (source === 'date') return ctx.date;
	if (source === 'range-from') return ctx.range?.from ?? ctx.date;
	if (source === 'range-to') return ctx.range?.to ?? ctx.date;
	if (source === 'actor') return ctx.actor;
	if (tool.parameters[id].type === 'kinds') return ctx.kinds;
	return undefined;
}

/**
 * A fresh form: each parameter's default, then what the view offers, then what a run kept
 * (`saved`, e.g. from a link). A tool that looks at a day or a range starts in the view's mode.
 */
export function initialValues(tool: AnyTool, ctx: ViewContext, saved: FormValues = {}): FormValues {
	const values: FormValues = {};
	for (const [id, p] of Object.entries(tool.parameters)) {
		values[id] = fromView(tool, id, ctx) ?? (p.default as FormValue);
		if (id === 'mode' && ctx.range && p.values?.some((v) => v.id === 'range')) values[id] = 'range';
	}
	return { ...values, ...saved };
}

/**
 * Moves the prefilled values with the view (a new date, a new actor read) while leaving what the
 * person typed: only fields not in `touched` follow.
 */
export function followView(
	tool: AnyTool,
	values: FormValues,
	ctx: ViewContext,
	touched: ReadonlySet<string>
): FormValues {
	const next = { ...values };
	for (const id of Object.keys(tool.parameters)) {
		const v = fromView(tool, id, ctx);
		if (!touched.has(id) && v !== undefined) next[id] = v;
	}
	return next;
}

function isVisible(tool: AnyTool, id: string, values: FormValues): boolean {
	const when = tool.parameters[id].visibleWhen;
	return !when || when.equals.includes(values[when.param] as string | boolean);
}

/** The widgets to draw, in the descriptor's order, with labels in the person's language. */
export function formFields(
	tool: AnyTool,
	values: FormValues,
	lang: Lang,
	errors: Record<string, string> = {}
): FormField[] {
	return Object.entries(tool.parameters).map(([id, p]) => ({
		id,
		type: p.type,
		label: p.name[lang],
		value: values[id],
		visible: isVisible(tool, id, values),
		...(p.type === 'integer' && { min: p.min, max: p.max }),
		...(p.values && { choices: p.values.map((v) => ({ id: v.id, label: v.name[lang] })) }),
		...(errors[id] && { error: errors[id] })
	}));
}

/** A problem from a tool's schema or `check`, in the person's language where it is a known one. */
export function problemText(problem: string, lang: Lang): string {
	const known: [RegExp, Parameters<typeof t>[1]][] = [
		[/^choose an actor$/, 'errChooseActor'],
		[/^not a calendar day/, 'errDate'],
		[/^give a date$/, 'errGiveDate'],
		[/^(a range needs a start date|give a start date)$/, 'errRangeStart'],
		[/^(a range needs an end date|give an end date)$/, 'errRangeEnd'],
		[/^the range is empty: (?<a>\S+) is after (?<b>\S+)$/, 'errRangeEmpty'],
		[/^(?<n>\d+) steps is too many \(at most (?<max>\d+)\)/, 'errTooManySteps'],
		[/^unknown actor id "(?<id>[^"]*)"$/, 'errUnknownActor']
	];
	for (const [re, key] of known) {
		const m = re.exec(problem);
		if (m) return t(lang, key, { ...m.groups });
	}
	return problem;
}

/** Checks a field on its own, before the tool's schemas: what a form can say beside the field. */
function fieldProblem(tool: AnyTool, id: string, v: FormValue, lang: Lang): string | undefined {
	const p = tool.parameters[id];
	if (p.type === 'actor' && !v) return t(lang, 'errChooseActor');
	if (p.type === 'date' && v !== undefined && v !== '' && isoToDay(String(v)) === null)
		return t(lang, 'errDate');
	if (p.type === 'integer') {
		const n = Number(v);
		if (v === undefined || v === '' || !Number.isInteger(n) || n < p.min! || n > p.max!)
			return t(lang, 'errInteger', { min: p.min!, max: p.max! });
	}
	return undefined;
}

export type FormCheck =
	{ ok: true; params: ToolParamValues } | { ok: false; errors: Record<string, string> };

/**
 * Validates a form: each visible field, then the tool's own schemas and `check` (parseParams).
 * Hidden fields are left out, so their defaults apply. On success gives the parameters a view
 * keeps (defaults dropped); otherwise a message per field, in the person's language.
 */
export function checkForm(tool: AnyTool, values: FormValues, lang: Lang): FormCheck {
	const raw: Record<string, unknown> = {};
	const errors: Record<string, string> = {};
	for (const id of Object.keys(tool.parameters)) {
		if (!isVisible(tool, id, values)) continue;
		const problem = fieldProblem(tool, id, values[id], lang);
		if (problem) errors[id] = problem;
		const v = values[id];
		if (v === undefined || v === '') continue;
		raw[id] = tool.parameters[id].type === 'integer' ? Number(v) : v;
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	try {
		return { ok: true, params: compactParams(tool, parseParams(tool, raw)) };
	} catch (e) {
		if (!(e instanceof ToolParamError)) throw e;
		const field = tool.parameters[e.param] ? e.param : Object.keys(tool.parameters)[0];
		return { ok: false, errors: { [field]: problemText(e.problem, lang) } };
	}
}
