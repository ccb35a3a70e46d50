/** A problem found in graph-data: where it is and what is wrong. */
export interface DataIssue {
	file: string;
	/** 1-based line and column, where the place is known. */
	line?: number;
	column?: number;
	/** Field path inside the file, e.g. `ties[3].signed`. */
	path: string;
	message: string;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; issues: E[] };

export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || '(file)';
}

export function formatIssue(issue: DataIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
	return `${where} ${issue.path}: ${issue.message}`;
}

/** The list as printed by the CLI and the build; `source` names the folder or file read. */
export function formatIssues(issues: readonly DataIssue[], source = 'graph-data'): string {
	const n = issues.length;
	return (
		`${n} problem${n === 1 ? '' : 's'} in ${source}:\n` +
		issues.map((i) => '  ' + formatIssue(i)).join('\n')
	);
}

/** Thrown where a caller needs an exception (the build, the app); carries every issue. */
export class DataError extends Error {
	readonly issues: DataIssue[];
	constructor(issues: DataIssue[], source?: string) {
		super(formatIssues(issues, source));
		this.name = 'DataError';
		this.issues = issues;
	}
}
