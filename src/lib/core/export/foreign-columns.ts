import type { ForeignAttributes } from '../schema/common.ts';
import { ACTOR_COLUMNS, TIE_COLUMNS, type Column, type ColumnType, type Row } from './rows.ts';
import type { GraphScope } from './scope.ts';

/**
 * Columns that exist only for relaxed data, so graph-data's files keep their columns: `no_source`
 * (true where an actor or tie cites nothing, the mark of its absence) and the attributes a
 * foreign file carried. An attribute whose name is taken by a column of Tieline's own (or `id`)
 * is written as `attr_<name>`.
 */
const NO_SOURCE = 'no_source';

interface Item {
	sources: readonly unknown[];
	attributes?: ForeignAttributes;
}

const RESERVED_ACTOR = new Set(['id', NO_SOURCE, ...ACTOR_COLUMNS.map((c) => c.name)]);
const RESERVED_TIE = new Set(['id', NO_SOURCE, ...TIE_COLUMNS.map((c) => c.name)]);

const columnName = (key: string, reserved: ReadonlySet<string>) =>
	reserved.has(key) ? `attr_${key}` : key;

/** The one type every value of an attribute fits: numbers, true/false, or else text. */
function typeOf(values: readonly (string | number | boolean)[]): ColumnType {
	if (values.every((v) => typeof v === 'boolean')) return 'boolean';
	if (values.every((v) => typeof v === 'number'))
		return values.every((v) => Number.isInteger(v)) ? 'integer' : 'double';
	return 'string';
}

function extraColumns(items: readonly Item[], reserved: ReadonlySet<string>): Column[] {
	const out: Column[] = [];
	if (items.some((i) => i.sources.length === 0)) out.push({ name: NO_SOURCE, type: 'boolean' });
	const values = new Map<string, (string | number | boolean)[]>();
	for (const item of items)
		for (const [key, value] of Object.entries(item.attributes ?? {})) {
			const name = columnName(key, reserved);
			if (!values.has(name)) values.set(name, []);
			values.get(name)!.push(value);
		}
	for (const name of [...values.keys()].sort()) out.push({ name, type: typeOf(values.get(name)!) });
	return out;
}

/** The values of those columns for one item; a mixed attribute is written as text. */
function extraValues(item: Item, columns: readonly Column[], reserved: ReadonlySet<string>): Row {
	const types = new Map(columns.map((c) => [c.name, c.type]));
	// Built from entries, never by assignment, so a key such as `__proto__` stays a column.
	return Object.fromEntries([
		...(item.sources.length === 0 ? [[NO_SOURCE, true] as const] : []),
		...Object.entries(item.attributes ?? {}).map(([key, value]) => {
			const name = columnName(key, reserved);
			return [name, types.get(name) === 'string' ? String(value) : value] as const;
		})
	]);
}

/** Every actor column of a scope: Tieline's own, then the relaxed data's. */
export function actorColumns(scope: GraphScope): Column[] {
	return [
		...ACTOR_COLUMNS,
		...extraColumns(
			scope.actors.map((a) => a.actor),
			RESERVED_ACTOR
		)
	];
}

/** Every tie column of a scope: Tieline's own, then the relaxed data's. */
export function tieColumns(scope: GraphScope): Column[] {
	return [
		...TIE_COLUMNS,
		...extraColumns(
			scope.ties.map((t) => t.tie),
			RESERVED_TIE
		)
	];
}

export function actorExtras(item: Item, columns: readonly Column[]): Row {
	return extraValues(item, columns, RESERVED_ACTOR);
}

export function tieExtras(item: Item, columns: readonly Column[]): Row {
	return extraValues(item, columns, RESERVED_TIE);
}
