/**
 * The picture's size on screen (the graph's box, CSS pixels), measured in the built app at 2024-12-10
 * for the two screens the picture must read on: panels open; side, details and table closed; and
 * those closed with the time bar folded to its strip.
 */
export const PICTURE_SIZES = [
	{ name: '1440×900 open', width: 870, height: 361 },
	{ name: '1440×900 closed', width: 1216, height: 577 },
	{ name: '1440×900 closed, strip', width: 1216, height: 720 },
	{ name: '1280×720 open', width: 710, height: 345 },
	{ name: '1280×720 closed', width: 1056, height: 397 },
	{ name: '1280×720 closed, strip', width: 1056, height: 540 }
] as const;

/** Mid-year from 1950 to 2025, and the days the stories and the briefers stop at. */
export const GEOMETRY_DATES = [
	...Array.from({ length: 76 }, (_, i) => `${1950 + i}-07-01`),
	'1961-07-11',
	'1996-09-30',
	'2024-12-10'
];
