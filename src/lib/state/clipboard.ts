/**
 * Copies text for the person; where the browser refuses (no permission, an old browser), the
 * field showing the text is selected so Ctrl+C copies it. Returns whether the copy happened.
 */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement) {
	try {
		if (!navigator.clipboard) throw new Error('no clipboard');
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		field?.focus();
		field?.select();
		return false;
	}
}

/** The full address of a search on this page, for links handed to others. */
export function pageUrl(search: string): string {
	return `${window.location.origin}${window.location.pathname}${search === '?' ? '' : search}`;
}
