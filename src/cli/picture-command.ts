import { readFileSync } from 'node:fs';
import { writeDeckPdf } from '../lib/core/export/image/deck.ts';
import { writePdf, type PdfFonts } from '../lib/core/export/image/pdf.ts';
import { pictureTitle, viewPicture } from '../lib/core/export/image/view-picture.ts';
import { loadBaseMap } from '../lib/core/map/base-map.ts';
import { datasetManifest, dataSpan } from '../lib/core/io/manifest.ts';
import type { TemporalGraph } from '../lib/core/model/temporal-graph.ts';
import { dayToIso, isoToDay } from '../lib/core/time/partial-date.ts';
import { defaultSpec, THEMES, type Theme, type ViewSpec } from '../lib/core/view/view-spec.ts';
import { svgToPng } from './png.ts';
import type { PictureFormat } from './picture-usage.ts';

export interface PictureArgs {
	format?: string;
	at?: string;
	from?: string;
	to?: string;
	compare?: string;
	focus?: string;
	hops?: string;
	kinds?: string;
	actors?: string;
	lang?: string;
	size?: string;
	layout?: string;
	theme?: string;
	title?: string;
	story?: string;
	out?: string;
}

/** A mistake in the command line, said before any data is drawn. */
export class PictureArgError extends Error {}

/** The fonts shipped for PDFs and PNGs (static/fonts/), read from beside the app's files. */
export function readPdfFonts(): PdfFonts {
	const at = (w: string) =>
		new URL(`../../static/fonts/tieline-pdf-sans-${w}.otf`, import.meta.url);
	return { regular: readFileSync(at('regular')), bold: readFileSync(at('bold')) };
}

const list = (text: string) =>
	text
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

function day(text: string, flag: string): string {
	if (isoToDay(text) === null)
		throw new PictureArgError(
			`--${flag} "${text}" is not a calendar day; write it as YYYY-MM-DD, e.g. 1995-06-01`
		);
	return text;
}

function size(text: string | undefined): { width: number; height: number } {
	if (text === undefined) return { width: 1920, height: 1080 };
	const m = /^(\d+)[x×](\d+)$/.exec(text);
	if (!m)
		throw new PictureArgError(`--size "${text}" is not WIDTHxHEIGHT in pixels, e.g. 1920x1080`);
	const [width, height] = [Number(m[1]), Number(m[2])];
	if (width < 16 || height < 16 || width > 16384 || height > 16384)
		throw new PictureArgError(`--size ${text} is outside 16x16 … 16384x16384 pixels`);
	return { width, height };
}

/** The view the flags ask for, checked against the data (its dates and kinds). */
function viewOf(a: PictureArgs, graph: TemporalGraph): ViewSpec {
	const times = [a.at !== undefined, a.from !== undefined || a.to !== undefined, !!a.compare];
	if (times.filter(Boolean).length > 1)
		throw new PictureArgError('give one of --at, --from/--to or --compare, not several');
	if ((a.from === undefined) !== (a.to === undefined))
		throw new PictureArgError('a range needs both --from and --to');
	const span = dataSpan(graph.data);
	let spec: ViewSpec;
	if (a.compare) {
		const m = /^(.+)\.\.(.+)$/.exec(a.compare);
		if (!m)
			throw new PictureArgError(
				`--compare "${a.compare}" is not A..B, e.g. 2019-01-01..2024-12-10`
			);
		spec = defaultSpec(day(m[2], 'compare'));
		spec.time = { mode: 'compare', anchor: day(m[1], 'compare'), at: m[2] };
	} else if (a.from !== undefined) {
		if (day(a.from, 'from') > day(a.to!, 'to'))
			throw new PictureArgError(`--from ${a.from} is after --to ${a.to}: the range is empty`);
		spec = defaultSpec(a.to!);
		spec.time = { mode: 'range', anchor: a.from, at: a.to! };
	} else {
		if (a.at === undefined && !span)
			throw new PictureArgError('the data has no dates: give the day with --at YYYY-MM-DD');
		spec = defaultSpec(a.at !== undefined ? day(a.at, 'at') : dayToIso(span!.end));
	}
	if (a.kinds !== undefined) {
		const known = datasetManifest(graph.data).kinds.map((k) => k.kind);
		const wanted = list(a.kinds);
		const unknown = wanted.filter((k) => !known.includes(k));
		if (unknown.length)
			throw new PictureArgError(
				`--kinds: ${unknown.map((k) => `"${k}"`).join(', ')} not in the data; its kinds are ${known.join(', ')}`
			);
		spec.filter = { ...spec.filter, hiddenKinds: known.filter((k) => !wanted.includes(k)) };
	}
	return spec;
}

/** `graph export --format svg|png|pdf` and `graph export --story ID --format pdf`. */
export async function runPicture(
	a: PictureArgs,
	loadGraph: () => TemporalGraph,
	fonts: () => PdfFonts = readPdfFonts
): Promise<{ bytes: Uint8Array | string; summary: string }> {
	const format = a.format as PictureFormat;
	const lang = a.lang ?? 'en';
	if (lang !== 'en' && lang !== 'ja')
		throw new PictureArgError(`--lang "${lang}" is not supported; use en or ja`);
	if (format !== 'svg' && !a.out)
		throw new PictureArgError(`${format} is binary and needs --out FILE`);
	if (a.hops !== undefined && !/^\d+$/.test(a.hops))
		throw new PictureArgError(`--hops "${a.hops}" is not a whole number ≥ 0`);
	if (a.hops !== undefined && a.focus === undefined)
		throw new PictureArgError('--hops needs --focus ID');
	if (a.theme !== undefined && !(THEMES as readonly string[]).includes(a.theme))
		throw new PictureArgError(`--theme "${a.theme}" is not supported; use ${THEMES.join(', ')}`);
	const theme = a.theme as Theme | undefined;
	if (a.story !== undefined) {
		if (format !== 'pdf') throw new PictureArgError('--story writes a deck: use --format pdf');
		const flags = (
			['at', 'from', 'to', 'compare', 'focus', 'kinds', 'actors', 'size', 'layout'] as const
		)
			.filter((f) => a[f] !== undefined)
			.map((f) => `--${f}`);
		if (flags.length)
			throw new PictureArgError(
				`--story takes its views from the scenes; drop ${flags.join(', ')}`
			);
		const graph = loadGraph();
		const stories = graph.data.stories ?? [];
		const story = stories.find((s) => s.id === a.story);
		if (!story)
			throw new PictureArgError(
				`no story "${a.story}" in the data; its stories are ${stories.map((s) => s.id).join(', ') || 'none'}`
			);
		const bytes = await writeDeckPdf(graph, story, {
			lang,
			fonts: fonts(),
			...(theme && { theme })
		});
		return {
			bytes,
			summary: `story ${story.id}: ${story.scenes.length} scenes, ${lang}${theme ? `, ${theme}` : ''}`
		};
	}
	const px = size(a.size);
	if (a.layout !== undefined && a.layout !== 'map' && a.layout !== 'schematic')
		throw new PictureArgError(`--layout "${a.layout}" is not supported; use map or schematic`);
	const graph = loadGraph();
	const spec = viewOf(a, graph);
	if (a.layout === 'map') spec.layout = 'map';
	if (theme) spec.theme = theme;
	const cut = {
		...(a.focus !== undefined && { focus: a.focus }),
		...(a.hops !== undefined && { hops: Number(a.hops) }),
		...(a.actors !== undefined && { actors: list(a.actors) })
	};
	const options = {
		lang,
		...px,
		background: '#ffffff',
		title: a.title ?? pictureTitle(graph, lang),
		caption: true,
		legend: true,
		footnotes: true,
		...(spec.layout === 'map' && { baseMap: await loadBaseMap() })
	} as const;
	const { scope, svg } = viewPicture(graph, spec, options, cut);
	const summary = `${scope.actors.length} actors, ${scope.ties.length} ties, ${px.width}×${px.height} px, ${lang}${spec.theme !== 'colour' ? `, ${spec.theme}` : ''}`;
	if (format === 'svg') return { bytes: svg, summary };
	if (format === 'png') return { bytes: await svgToPng(svg, fonts()), summary };
	const pdf = await writePdf([{ picture: () => svg, size: px }], fonts(), {
		title: options.title || 'Tieline',
		lang,
		page: { width: (px.width * 72) / 96, height: (px.height * 72) / 96 }
	});
	return { bytes: pdf, summary };
}
