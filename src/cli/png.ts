import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { PdfFonts } from '../lib/core/export/image/pdf.ts';

let ready: Promise<void> | undefined;

/**
 * An SVG as PNG, drawn by resvg compiled to WebAssembly: no browser, no native download, the
 * same on every machine. It is given the fonts shipped for PDFs (Noto Sans CJK JP, named in the
 * pictures' font stack), so Japanese draws whatever fonts the machine has.
 */
export async function svgToPng(svg: string, fonts: PdfFonts): Promise<Uint8Array> {
	ready ??= initWasm(
		readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'))
	);
	await ready;
	const resvg = new Resvg(svg, {
		font: {
			fontBuffers: [fonts.regular, fonts.bold],
			defaultFontFamily: 'Noto Sans CJK JP',
			sansSerifFamily: 'Noto Sans CJK JP'
		},
		fitTo: { mode: 'original' }
	});
	const image = resvg.render();
	try {
		return image.asPng();
	} finally {
		image.free();
		resvg.free();
	}
}
