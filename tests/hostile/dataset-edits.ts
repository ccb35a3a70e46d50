import { readGraphData } from '../../src/cli/read-graph-data.ts';
import type { DataInput } from '../../src/lib/core/io/raw-input.ts';

const BASE = readGraphData('graph-data');
const decoder = new TextDecoder();

/** Where a case expects its problem: the file, the line, the field path. */
export interface At {
	file: string;
	line: number;
	/** `ties[3]`: the item the edited field belongs to. */
	item: string;
}

/**
 * A copy of the bundled dataset to break in one place. Field edits work on the YAML text as an
 * editor would, and fail loudly when the bundled data no longer has what a case edits.
 */
export class DatasetEdits {
	private files = new Map<string, DataInput>(BASE.map((f) => [f.path, f]));

	inputs(): DataInput[] {
		return [...this.files.values()];
	}

	text(file: string): string {
		const input = this.files.get(`graph-data/${file}`);
		if (!input) throw new Error(`no graph-data/${file}`);
		return input.text ?? decoder.decode(input.bytes);
	}

	set(file: string, content: string | Uint8Array, asText = false) {
		const path = `graph-data/${file}`;
		if (typeof content === 'string' && asText) this.files.set(path, { path, text: content });
		else
			this.files.set(path, {
				path,
				bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content
			});
	}

	/** The 1-based line of the first occurrence of `needle` in a file. */
	lineOf(file: string, needle: string): number {
		const text = this.text(file);
		const at = text.indexOf(needle);
		if (at < 0) throw new Error(`"${needle}" is not in ${file}`);
		return text.slice(0, at).split('\n').length;
	}

	/** Replaces the first `from` in a file; returns the line of the change. */
	replace(file: string, from: string, to: string): number {
		const text = this.text(file);
		if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
		const line = this.lineOf(file, from);
		this.set(file, text.replace(from, to));
		return line;
	}

	/**
	 * Sets (or, with `undefined`, removes) one field of the item with this id: the field's line
	 * and any lines nested under it are replaced by `field: value`; a missing field is added
	 * after the id.
	 */
	field(file: string, id: string, field: string, value: string | undefined): At {
		const lines = this.text(file).split('\n');
		const start = lines.findIndex((l) => new RegExp(`^\\s*- id: ${id}\\s*$`).test(l));
		if (start < 0) throw new Error(`no item "${id}" in ${file}`);
		const dash = lines[start].indexOf('-');
		const indent = dash + 2;
		let end = start + 1;
		while (end < lines.length) {
			const l = lines[end];
			const lead = l.length - l.trimStart().length;
			if (l.trim() && (lead < indent || (lead === dash && l.trimStart().startsWith('- ')))) break;
			end++;
		}
		const pad = ' '.repeat(indent);
		if (field === 'id') {
			lines[start] = `${' '.repeat(dash)}- id: ${value}`;
			this.set(file, lines.join('\n'));
			return { file: `graph-data/${file}`, line: start + 1, item: this.itemOf(lines, start, dash) };
		}
		let at = lines.findIndex((l, i) => i > start && i < end && l.startsWith(`${pad}${field}:`));
		if (at >= 0) {
			let stop = at + 1;
			while (
				stop < end &&
				lines[stop].trim() &&
				lines[stop].length - lines[stop].trimStart().length > indent
			)
				stop++;
			lines.splice(at, stop - at, ...(value === undefined ? [] : [`${pad}${field}: ${value}`]));
			// A missing field is reported at its item.
			if (value === undefined) at = start;
		} else if (value !== undefined) {
			at = start + 1;
			lines.splice(at, 0, `${pad}${field}: ${value}`);
		} else throw new Error(`item "${id}" in ${file} has no ${field}`);
		this.set(file, lines.join('\n'));
		return { file: `graph-data/${file}`, line: at + 1, item: this.itemOf(lines, start, dash) };
	}

	/** The collection and index of the item starting on a line, e.g. `ties[3]`. */
	private itemOf(lines: string[], start: number, dash: number): string {
		let collection = '';
		let index = 0;
		for (let i = start; i >= 0; i--) {
			const top = /^(\w+):/.exec(lines[i]);
			if (top) {
				collection = top[1];
				break;
			}
			if (i < start && lines[i].startsWith(`${' '.repeat(dash)}- `)) index++;
		}
		return `${collection}[${index}]`;
	}
}
