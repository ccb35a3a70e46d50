/**
 * Clicks made before the page has started. The prerendered page is on screen well before its code
 * has started (at 50,000 ties, about 0.7 s in which it reads and prepares the data), and until
 * then none of its controls answers: a press on Play or on a step was lost. From the moment its
 * code runs (`init` in hooks.client.ts) the page is marked as opening (`data-opening`: a button
 * under the pointer shows it is not ready), notes each press on a button, a checkbox or a radio,
 * marks it (`data-early-pressed`) and the page (`data-early`: a note says the data is still
 * opening), and once it has started presses each again, in order, on the page as it then is. A
 * press on the time bar (a drag has no later meaning) only shows the note.
 *
 * DOM work, kept out of the core: the page's root and its elements are all it needs.
 */

/** What the page presses again once it has started: buttons, checkboxes and radios. */
const PRESSED = 'button, [role="button"], input[type="checkbox"], input[type="radio"]';
/** What only shows the note: the time bar (a drag before the start means nothing after it). */
const NOTED = '[role="slider"]';
/** At most this many presses are kept: a burst of clicks on a page that does not answer. */
const KEPT = 8;

/** The page's root as this module uses it (the document, in the browser). */
export type EarlyRoot = {
	documentElement: {
		setAttribute(name: string, value: string): void;
		removeAttribute(name: string): void;
	};
	addEventListener(type: 'click', listener: (e: Event) => void, capture: boolean): void;
	removeEventListener(type: 'click', listener: (e: Event) => void, capture: boolean): void;
};

/** An element pressed early, as this module uses it. */
export type EarlyElement = {
	readonly isConnected: boolean;
	readonly disabled?: boolean;
	closest(selector: string): EarlyElement | null;
	setAttribute(name: string, value: string): void;
	removeAttribute(name: string): void;
	click(): void;
};

let caught: { root: EarlyRoot; pressed: EarlyElement[]; listener: (e: Event) => void } | null =
	null;

/** From now until `releaseEarlyInput`, notes the presses on the page (once; again does nothing). */
export function catchEarlyInput(root: EarlyRoot): void {
	if (caught) return;
	const pressed: EarlyElement[] = [];
	const listener = (e: Event) => {
		const target = e.target as Partial<EarlyElement> | null;
		if (typeof target?.closest !== 'function') return;
		const button = target.closest(PRESSED);
		if (button) {
			// Not its own default (a checkbox would toggle now and again when pressed again).
			e.preventDefault();
			if (pressed.length < KEPT) pressed.push(button);
			button.setAttribute('data-early-pressed', '');
		} else if (!target.closest(NOTED)) return;
		root.documentElement.setAttribute('data-early', '');
	};
	root.addEventListener('click', listener, true);
	root.documentElement.setAttribute('data-opening', '');
	caught = { root, pressed, listener };
}

/**
 * The page has started: stops noting presses, takes down the note and the marks, and hands back
 * a function that presses again each element still on the page and enabled, in order. The caller
 * runs it once the page's own first work is done (the link's view applied), so a press acts on
 * the view the person sees.
 */
export function releaseEarlyInput(): () => void {
	if (!caught) return () => {};
	const { root, pressed, listener } = caught;
	caught = null;
	root.removeEventListener('click', listener, true);
	root.documentElement.removeAttribute('data-early');
	root.documentElement.removeAttribute('data-opening');
	for (const el of pressed) el.removeAttribute('data-early-pressed');
	return () => {
		for (const el of pressed) if (el.isConnected && !el.disabled) el.click();
	};
}
