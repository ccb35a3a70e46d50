import type { KindStyle } from './encoding.ts';

/**
 * How a picture is coloured: in colour (the screen's Okabe–Ito palette), in greys only (for a
 * greyscale printer or photocopy; kinds keep distinct greys and their second cues), or for print
 * (a white page, the map barely there with darker borders, black text, thicker lines).
 */
export const THEMES = ['colour', 'greyscale', 'print'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Each kind's colour in greyscale: a grey of its own lightness, darkest to lightest in roughly the
 * order of the colours' own lightness (their luminance alone would merge agreement with
 * technology transfer, and membership with diplomatic relations). Keyed by colour, so a pair's
 * line, a hub and a legend sample all take the same grey as the tie.
 */
export const KIND_GREYS: Readonly<Record<string, string>> = {
	'#000000': '#000000', // assessment
	'#332288': '#1e1e1e', // joint exercise
	'#882255': '#333333', // weapons deployment
	'#0072B2': '#474747', // defence treaty
	'#D55E00': '#5c5c5c', // arms transfer
	'#009E73': '#707070', // membership
	'#8C8C8C': '#858585', // diplomatic relations
	'#CC79A7': '#999999', // troop deployment
	'#56B4E9': '#adadad', // agreement
	'#E69F00': '#bfbfbf', // technology transfer
	'#F0E442': '#d4d4d4' // sanctions
};

/** Greys this light or lighter get a dark outline in greyscale, so they read on white. */
const PALE_GREY = 150;
const GREY_OUTLINE = '#404040';

/** Dark text colours that print as black. */
const INKS = new Set(['#111827', '#1f2937', '#374151', '#4b5563']);

/** Lines on paper: ties at least this wide (in the screen's units), and a quarter wider. */
const PRINT_MIN_WIDTH = 2;
const PRINT_WIDTH_SCALE = 1.25;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function rgbOf(hex: string): [number, number, number] | null {
	if (!HEX.test(hex)) return null;
	const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/** A colour's grey of the same lightness (relative luminance, in sRGB). */
export function greyOf(hex: string): string {
	const rgb = rgbOf(hex);
	if (!rgb) return hex;
	const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	const y = 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
	const v = 255 * (y <= 0.0031308 ? 12.92 * y : 1.055 * y ** (1 / 2.4) - 0.055);
	return `#${toHex(v).repeat(3)}`;
}

const KIND_GREY_BY_KEY = new Map(
	Object.entries(KIND_GREYS).map(([c, g]) => [c.toLowerCase(), g] as const)
);

/** Any colour as the theme draws it; words (`none`, `transparent`, `url(…)`) pass unchanged. */
export function themeColour(colour: string, theme: Theme): string {
	if (theme === 'colour' || !HEX.test(colour)) return colour;
	const key = colour.toLowerCase();
	if (theme === 'print') return INKS.has(key) ? '#000000' : colour;
	return KIND_GREY_BY_KEY.get(key) ?? greyOf(colour);
}

/** A kind's line in the theme: its grey (outlined when pale) in greyscale, wider for print. */
export function themeKindStyle(style: KindStyle, theme: Theme): KindStyle {
	if (theme === 'print')
		return { ...style, width: Math.max(PRINT_MIN_WIDTH, style.width * PRINT_WIDTH_SCALE) };
	if (theme === 'colour') return style;
	const color = themeColour(style.color, theme);
	const pale = parseInt(color.slice(1, 3), 16) >= PALE_GREY;
	const outline = style.outline ? themeColour(style.outline, theme) : pale ? GREY_OUTLINE : null;
	return { ...style, color, ...(outline ? { outline } : {}) };
}

const ATTRIBUTE_COLOUR = /\b(fill|stroke|color|stop-color|flood-color)="(#[0-9a-fA-F]{3,6})"/g;

/**
 * Recolours a finished SVG for the theme: every colour given as a fill, stroke or colour
 * attribute goes through `themeColour`, so no part of a picture (a time mark, a badge, a foreign
 * kind, the map) keeps a hue in greyscale. Text is left alone, so a `#` in a title stays.
 */
export function themeSvg(svg: string, theme: Theme): string {
	if (theme === 'colour') return svg;
	return svg.replace(
		ATTRIBUTE_COLOUR,
		(_, name: string, colour: string) => `${name}="${themeColour(colour, theme)}"`
	);
}
