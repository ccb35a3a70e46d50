import { describe, expect, it } from 'vitest';
import { resizeOnlyWhenResized } from '../../src/lib/render/resize-guard.ts';

/** A stand-in for a Cytoscape instance: the size it drew at, and what a resize did. */
function standIn(width: number, height: number) {
	const done: string[] = [];
	const cy = {
		drawn: { width, height },
		resize() {
			done.push('resize');
			return this;
		},
		width() {
			return this.drawn.width;
		},
		height() {
			return this.drawn.height;
		},
		renderer: () => ({ invalidateContainerClientCoordsCache: () => done.push('forget place') })
	};
	return { cy, done };
}

describe('a resize of the picture', () => {
	it('redraws nothing when the container is the size the picture was drawn at', () => {
		const { cy, done } = standIn(800, 600);
		resizeOnlyWhenResized(cy, { clientWidth: 800, clientHeight: 600 });
		cy.resize();
		cy.resize();
		expect(done).toEqual(['forget place', 'forget place']);
	});

	it('resizes as Cytoscape does when the width or the height changed', () => {
		const { cy, done } = standIn(800, 600);
		const container = { clientWidth: 801, clientHeight: 600 };
		resizeOnlyWhenResized(cy, container);
		expect(cy.resize()).toBe(cy);
		container.clientWidth = 800;
		container.clientHeight = 500;
		cy.resize();
		expect(done).toEqual(['resize', 'resize']);
	});

	it('works with a renderer it does not know: nothing to forget, resizes when resized', () => {
		const { cy, done } = standIn(800, 600);
		const bare = { ...cy, renderer: () => null };
		resizeOnlyWhenResized(bare, { clientWidth: 800, clientHeight: 600 });
		expect(bare.resize()).toBe(bare);
		bare.drawn = { width: 10, height: 10 };
		bare.resize();
		expect(done).toEqual(['resize']);
	});
});
