import { isKnownKind } from '../schema/tie.ts';
import { KIND_STYLES, type KindStyle } from './encoding.ts';

/**
 * Colours for kinds Tieline does not know (relaxed data), after the Okabe–Ito colours and the two
 * Tol colours its own kinds use: Tol's muted and light schemes, colour-blind safe, none of them
 * a colour of a known kind. Past ten foreign kinds the colours repeat; the legend names each.
 */
export const FOREIGN_PALETTE = [
	'#CC6677',
	'#117733',
	'#DDCC77',
	'#88CCEE',
	'#AA4499',
	'#44AA99',
	'#999933',
	'#661100',
	'#6699CC',
	'#EE8866'
] as const;

/** Pale colours get a dark outline, as sanctions' yellow does, so they read on white. */
const PALE = new Set<string>(['#DDCC77', '#88CCEE']);

/** Where a foreign kind's colour is sought first: a hash of its name, the same in any dataset. */
export function paletteSlot(kind: string): number {
	// FNV-1a over UTF-16 code units: small, stable across runs and engines.
	let h = 0x811c9dc5;
	for (let i = 0; i < kind.length; i++) {
		h ^= kind.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h % FOREIGN_PALETTE.length;
}

/**
 * Gives each foreign kind a colour: its own slot, or the next free one when an earlier kind (in
 * name order) took it, so kinds of one dataset differ while there are colours left.
 */
export function foreignColours(kinds: readonly string[]): Map<string, string> {
	const out = new Map<string, string>();
	const taken = new Set<number>();
	for (const kind of [...new Set(kinds)].filter((k) => !isKnownKind(k)).sort()) {
		let slot = paletteSlot(kind);
		for (let i = 0; i < FOREIGN_PALETTE.length && taken.has(slot); i++)
			slot = (slot + 1) % FOREIGN_PALETTE.length;
		taken.add(slot);
		if (taken.size >= FOREIGN_PALETTE.length) taken.clear();
		out.set(kind, FOREIGN_PALETTE[slot]);
	}
	return out;
}

/**
 * How a kind of tie is drawn: Tieline's own style for a known kind; for a foreign kind its
 * palette colour, a middle width and, where its ties are directed, a plain arrowhead.
 */
export function kindStyle(
	kind: string,
	foreign?: { colour: string; directed: boolean } | undefined
): KindStyle {
	if (isKnownKind(kind)) return KIND_STYLES[kind];
	const color = foreign?.colour ?? FOREIGN_PALETTE[paletteSlot(kind)];
	return {
		color,
		width: 3,
		arrow: foreign?.directed ? 'triangle' : 'none',
		...(PALE.has(color) ? { outline: '#5F5F5F' } : {})
	};
}
