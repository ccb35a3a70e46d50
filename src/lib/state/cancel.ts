/** The error work that was cancelled rejects with: an AbortError, as `fetch` throws on abort. */
export const cancelledError = (what: string) =>
	new DOMException(`${what} was cancelled`, 'AbortError');

/** Whether an error says the work was cancelled (and so is no failure to report). */
export const isCancelled = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
