import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html'))
		throw new Error('build/index.html is missing: run `npm run build` first.');
	const { server, url } = await serveStatic('build');
	project.provide('baseUrl', url);
	return () => new Promise<void>((ok) => server.close(() => ok()));
}
