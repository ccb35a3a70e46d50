import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/lib/core/export/csv.ts';
import { writeCyjs } from '../../../src/lib/core/export/cyjs.ts';
import { writeGexf } from '../../../src/lib/core/export/gexf.ts';
import { writeGraphml } from '../../../src/lib/core/export/graphml.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdfFonts } from '../../../src/cli/picture-command.ts';
import { writePdf } from '../../../src/lib/core/export/image/pdf.ts';
import { writeSvg } from '../../../src/lib/core/export/image/svg.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { writeTielineJson } from '../../../src/lib/core/export/tieline-json.ts';
import { loadDataset } from '../../../src/lib/core/io/load.ts';
import { hostileGraph, PAYLOADS } from '../../fixtures/export/hostile.ts';
import { readWithNetworkx, smallGraph, xmlError } from '../../fixtures/export/load-fixture.ts';
import { pdfText, poppler } from '../../support/pdf-tools.ts';

const { graph, texts } = hostileGraph();
const scope = selectScope(graph, {});
const benign = selectScope(smallGraph(), {});
// XML 1.0 cannot hold most control characters at all: the writers drop them.
// eslint-disable-next-line no-control-regex
const asXml = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const tags = (xml: string) => [...xml.matchAll(/<([A-Za-z][\w:.-]*)([^>]*)>/g)];
const elementNames = (xml: string) => new Set(tags(xml).map((m) => m[1]));

/** The markup of a hostile export is the markup of a benign one: no payload became a tag. */
function expectEscapedXml(hostile: string, clean: string) {
	expect(xmlError(hostile)).toBeNull();
	expect([...elementNames(hostile)].filter((n) => !elementNames(clean).has(n))).toEqual([]);
	for (const [, , attrs] of tags(hostile)) {
		const names = [...attrs.matchAll(/\s([\w:.-]+)="[^"]*"/g)].map((m) => m[1]);
		expect(attrs.replace(/\s([\w:.-]+)="[^"]*"/g, '')).toMatch(/^\s*\/?$/);
		expect(names.filter((n) => /^on/i.test(n))).toEqual([]);
	}
	expect(hostile).not.toContain('<![CDATA[');
}

describe('exports escape hostile text in every field', { timeout: 60_000 }, () => {
	it('the generated dataset holds a payload in every text field, in both languages', () => {
		expect(texts.length).toBeGreaterThan(80);
		for (const p of PAYLOADS) expect(texts.some((t) => t.startsWith(p))).toBe(true);
		expect(graph.data.ties[0].title.ja).toMatch(/ #\d+$/);
		expect(graph.data.sources[0].url).toContain('"><svg/onload');
	});

	it.each(['en', 'ja'] as const)('SVG in %s', (lang) => {
		const options = { lang, width: 1400, height: 900, background: '#fff' } as const;
		const extra = { caption: true, legend: true, footnotes: true };
		const svg = writeSvg(scope, { ...options, ...extra, title: texts[0] });
		expectEscapedXml(svg, writeSvg(benign, { ...options, ...extra, title: 'Tieline' }));
		// Footnotes cite sources as text: the picture links nowhere, whatever a source's URL.
		expect(svg).not.toMatch(/href|<a[\s>]/);
	});

	it('PDF: a hostile title and hostile names stay text: read back as written, no script', async () => {
		const title = ') /JS (alert(1)) >> ' + PAYLOADS[0];
		const svg = writeSvg(scope, {
			lang: 'en',
			width: 800,
			height: 500,
			background: '#fff',
			title: '',
			caption: true,
			legend: false,
			footnotes: false
		});
		const pdf = await writePdf([{ picture: () => svg }], readPdfFonts(), {
			title,
			lang: 'en',
			page: { width: 600, height: 375 }
		});
		const file = join(mkdtempSync(join(tmpdir(), 'tieline-hostile-')), 'hostile.pdf');
		writeFileSync(file, pdf);
		const info = poppler('pdfinfo', file);
		expect(/^Title:\s+(.*)$/m.exec(info)![1]).toBe(title);
		expect(info).toMatch(/^JavaScript:\s+no$/m);
		const text = pdfText(file);
		const name = scope.actors.map((a) => a.name.en).find((n) => n.startsWith('<img'))!;
		expect(text).toContain(name.split(' ')[0]);
	});

	it.each([
		['gexf', (s: typeof scope) => writeGexf(s)],
		['graphml', (s: typeof scope) => writeGraphml(s)]
	] as const)('%s, read back unchanged by networkx', (ext, write) => {
		const xml = write(scope);
		expectEscapedXml(xml, write(benign));
		const nx = readWithNetworkx(xml, ext);
		expect(nx.stderr).toBe('');
		const titles = nx.json.edges.map((e: { data: { title_en: string } }) => e.data.title_en);
		expect(titles.length).toBeGreaterThan(0);
		for (const t of titles) expect(texts.map(asXml)).toContain(t);
		for (const tie of graph.data.ties) expect(titles).toContain(asXml(tie.title.en));
	});

	it('CSV: no text cell starts a formula, and every text comes back behind one quote', () => {
		const { nodes, ties } = writeCsv(scope, { lang: 'ja' });
		const cells = [nodes, ties].flatMap((table) =>
			table
				.slice(1)
				.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)|\r\n/)
				.map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c))
		);
		const numbers = /^-?\d+(\.\d+)?$/;
		for (const c of cells) if (!numbers.test(c)) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
		for (const tie of graph.data.ties) {
			const title = tie.title.ja;
			expect(cells).toContain(/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
		}
	});

	it('Cytoscape JSON and Tieline JSON parse back to the same text', () => {
		const cy = JSON.parse(writeCyjs(scope));
		const labels = cy.elements.edges.map((e: { data: { title_ja: string } }) => e.data.title_ja);
		for (const tie of graph.data.ties) expect(labels).toContain(tie.title.ja);
		const back = loadDataset([{ path: 'x.json', text: writeTielineJson(scope) }]);
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.value.ties).toEqual(graph.data.ties);
		expect(back.value.actors).toEqual(graph.data.actors);
		expect(back.value.events).toEqual(graph.data.events);
	});
});
