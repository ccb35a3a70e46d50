import { afterEach, describe, expect, it } from 'vitest';
import {
	catchEarlyInput,
	releaseEarlyInput,
	type EarlyElement,
	type EarlyRoot
} from '../../src/lib/state/early-input.ts';

/** A page element: a button, a checkbox, the time bar, or something else (text, a panel). */
class FakeElement implements EarlyElement {
	attrs = new Map<string, string>();
	clicks = 0;
	isConnected = true;
	disabled = false;
	constructor(
		readonly kind: 'button' | 'checkbox' | 'slider' | 'text',
		readonly parent: FakeElement | null = null
	) {}
	closest(selector: string): FakeElement | null {
		const fits =
			(this.kind === 'button' && selector.includes('button')) ||
			(this.kind === 'checkbox' && selector.includes('checkbox')) ||
			(this.kind === 'slider' && selector.includes('slider'));
		return fits ? this : (this.parent?.closest(selector) ?? null);
	}
	setAttribute(name: string, value: string) {
		this.attrs.set(name, value);
	}
	removeAttribute(name: string) {
		this.attrs.delete(name);
	}
	click() {
		this.clicks++;
	}
}

/** The document: its root element's attributes and its click listeners (capturing). */
function fakeRoot() {
	const attrs = new Map<string, string>();
	const listeners = new Set<(e: Event) => void>();
	const root: EarlyRoot = {
		documentElement: {
			setAttribute: (n, v) => void attrs.set(n, v),
			removeAttribute: (n) => void attrs.delete(n)
		},
		addEventListener: (_type, listener, capture) => {
			expect(capture).toBe(true);
			listeners.add(listener);
		},
		removeEventListener: (_type, listener) => void listeners.delete(listener)
	};
	/** A click on `target`; whether its default was prevented. */
	const press = (target: FakeElement) => {
		let prevented = false;
		const e = { target, preventDefault: () => (prevented = true) } as unknown as Event;
		for (const l of listeners) l(e);
		return prevented;
	};
	return { root, attrs, listeners, press };
}

afterEach(() => void releaseEarlyInput());

describe('presses made before the page has started', () => {
	it('are kept and marked, the page says it is still opening, and each is made again once it has started', () => {
		const { root, attrs, press } = fakeRoot();
		catchEarlyInput(root);
		const play = new FakeElement('button');
		// Text inside the button: the press is the button's.
		const step = new FakeElement('button');
		const label = new FakeElement('text', step);
		const faded = new FakeElement('checkbox');
		expect(attrs.has('data-early')).toBe(false);
		// Marked as opening from the start: a button under the pointer says it is not ready.
		expect(attrs.has('data-opening')).toBe(true);
		expect(press(play)).toBe(true);
		expect(press(label)).toBe(true);
		// A checkbox is not toggled now, or it would toggle twice.
		expect(press(faded)).toBe(true);
		expect(press(step)).toBe(true);
		expect(attrs.has('data-early')).toBe(true);
		for (const el of [play, step, faded]) expect(el.attrs.has('data-early-pressed')).toBe(true);
		expect(play.clicks + step.clicks + faded.clicks).toBe(0);

		const replay = releaseEarlyInput();
		// The note and the marks go as the page starts; the presses wait for `replay`.
		expect(attrs.has('data-early')).toBe(false);
		expect(attrs.has('data-opening')).toBe(false);
		for (const el of [play, step, faded]) expect(el.attrs.has('data-early-pressed')).toBe(false);
		expect(play.clicks + step.clicks + faded.clicks).toBe(0);
		replay();
		expect([play.clicks, step.clicks, faded.clicks]).toEqual([1, 2, 1]);
	});

	it('are made again in the order they were made', () => {
		const { root, press } = fakeRoot();
		catchEarlyInput(root);
		const order: string[] = [];
		const a = new FakeElement('button');
		const b = new FakeElement('button');
		a.click = () => void order.push('a');
		b.click = () => void order.push('b');
		press(b);
		press(a);
		press(b);
		releaseEarlyInput()();
		expect(order).toEqual(['b', 'a', 'b']);
	});

	it('on the time bar show the note and are not made again; elsewhere they are left alone', () => {
		const { root, attrs, press } = fakeRoot();
		catchEarlyInput(root);
		const slider = new FakeElement('slider');
		const panel = new FakeElement('text');
		expect(press(panel)).toBe(false);
		expect(attrs.has('data-early')).toBe(false);
		expect(press(slider)).toBe(false);
		expect(attrs.has('data-early')).toBe(true);
		expect(slider.attrs.has('data-early-pressed')).toBe(false);
		releaseEarlyInput()();
		expect(slider.clicks + panel.clicks).toBe(0);
	});

	it('are dropped when their element has left the page or is disabled by then', () => {
		const { root, press } = fakeRoot();
		catchEarlyInput(root);
		const gone = new FakeElement('button');
		const off = new FakeElement('button');
		const kept = new FakeElement('button');
		for (const el of [gone, off, kept]) press(el);
		const replay = releaseEarlyInput();
		gone.isConnected = false;
		off.disabled = true;
		replay();
		expect([gone.clicks, off.clicks, kept.clicks]).toEqual([0, 0, 1]);
	});

	it('are kept up to eight: a burst of clicks on a page that does not answer is not played back whole', () => {
		const { root, press } = fakeRoot();
		catchEarlyInput(root);
		const next = new FakeElement('button');
		for (let i = 0; i < 20; i++) press(next);
		releaseEarlyInput()();
		expect(next.clicks).toBe(8);
	});

	it('are not caught once the page has started: its own handlers answer', () => {
		const { root, listeners, press } = fakeRoot();
		catchEarlyInput(root);
		releaseEarlyInput()();
		expect(listeners.size).toBe(0);
		const play = new FakeElement('button');
		expect(press(play)).toBe(false);
		// Released twice (a second page start): nothing to make again.
		const again = releaseEarlyInput();
		again();
		expect(play.clicks).toBe(0);
	});

	it('are caught by one listener however often the page asks', () => {
		const { root, listeners } = fakeRoot();
		catchEarlyInput(root);
		catchEarlyInput(root);
		expect(listeners.size).toBe(1);
	});
});
