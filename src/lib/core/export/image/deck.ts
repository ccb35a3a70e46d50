import { sourceRefId, type Lang, type SourceRef } from '../../schema/common.ts';
import type { Story } from '../../schema/story.ts';
import { t } from '../../i18n/messages.ts';
import { dataSpan } from '../../io/manifest.ts';
import type { TemporalGraph } from '../../model/temporal-graph.ts';
import { sceneViewSpec } from '../../view/scene-view.ts';
import { writePdf, type PdfFonts, type PdfPage } from './pdf.ts';
import { pagePoints } from './page-size.ts';
import { shortSource } from './svg-parts.ts';
import { viewPicture } from './view-picture.ts';
import type { BaseMap } from '../../map/projection.ts';
import type { Theme } from '../../visual/theme.ts';

export interface DeckOptions {
	lang: Lang;
	fonts: PdfFonts;
	/** Page size in points; a 16:9 slide by default. */
	page?: { width: number; height: number };
	/** Every page in this theme (greyscale, print); left out, each scene's own (colour by default). */
	theme?: Theme;
}

/** "Sources of this caption: Publisher, “Title”, date (Article 1); …" for a scene. */
function sceneSources(graph: TemporalGraph, refs: readonly SourceRef[], lang: Lang): string {
	const parts = refs.map((ref) => {
		const source = graph.sourcesById.get(sourceRefId(ref));
		const locator = typeof ref === 'string' ? undefined : ref.locator;
		const text = source ? shortSource(source, lang) : sourceRefId(ref);
		return locator ? `${text} (${locator})` : text;
	});
	return `${t(lang, 'sceneSources')}: ${parts.join('; ')}`;
}

/**
 * The pages of a story's deck: per scene, the story's title and the scene's number, its caption
 * and the caption's sources, and the scene's picture with its date, legend and numbered sources.
 * A scene that does not make a view of this data (a date outside it, an unknown id) stops the
 * deck with the story, the scene and the problem named, rather than a page that is wrong.
 */
export function deckPages(
	graph: TemporalGraph,
	story: Story,
	lang: Lang,
	/** The base map, for scenes shown on the map layout. */
	baseMap?: BaseMap,
	/** A theme for every page, over the scenes' own. */
	theme?: Theme
): PdfPage[] {
	const span = dataSpan(graph.data);
	const kindOf = (id: string) =>
		graph.actorsById.has(id)
			? 'actor'
			: graph.tiesById.has(id)
				? 'tie'
				: graph.eventsById.has(id)
					? 'event'
					: null;
	const n = story.scenes.length;
	return story.scenes.map((scene, i) => {
		const { spec, problems } = sceneViewSpec(scene.view, { span, kindOf });
		if (problems.length)
			throw new Error(
				`story "${story.id}", scene ${i + 1} ("${scene.id}"): ${problems
					.map((p) => `view${p.path.map((s) => `.${s}`).join('')}: ${p.message}`)
					.join('; ')}`
			);
		return {
			heading: `${story.title[lang]} · ${i + 1} / ${n}`,
			caption: scene.caption[lang],
			note: sceneSources(graph, scene.sources, lang),
			picture: ({ width, height }) =>
				viewPicture(graph, theme ? { ...spec, theme } : spec, {
					lang,
					width,
					height,
					background: '#ffffff',
					title: '',
					caption: true,
					legend: true,
					footnotes: true,
					...(spec.layout === 'map' && baseMap && { baseMap })
				}).svg
		};
	});
}

/** One PDF with one page per scene of a story (see deckPages), text selectable in both languages. */
export async function writeDeckPdf(
	graph: TemporalGraph,
	story: Story,
	o: DeckOptions
): Promise<Uint8Array> {
	// The base map is loaded only when a scene is on the map (its own chunk in the app).
	const baseMap = story.scenes.some((s) => s.view.layout === 'map')
		? await (await import('../../map/base-map.ts')).loadBaseMap()
		: undefined;
	const pages = deckPages(graph, story, o.lang, baseMap, o.theme);
	return writePdf(pages, o.fonts, {
		title: story.title[o.lang],
		lang: o.lang,
		page: o.page ?? pagePoints('slide-16-9'),
		...(o.theme && { theme: o.theme })
	});
}
