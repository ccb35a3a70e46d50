/** The distinct values, in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
	return [...new Set(values)];
}
