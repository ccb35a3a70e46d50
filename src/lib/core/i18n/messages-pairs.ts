/** Words of the pairs (one line per pair of actors), in both languages. */
export const pairsEn = {
	pairTitle: '{a} – {b}: {n} ties',
	pairTies: 'Ties between {a} and {b}',
	pairExpand: 'Draw each tie',
	pairCollapse: 'Draw as one line',
	pairsEvery: 'Every tie',
	pairsEveryHint: 'Draw each tie as its own line instead of one line per pair of actors',
	pairChanges: 'Changes inside: {badge}',
	pairsHint:
		'Ties between two actors are drawn as one line; ×12 counts them. Click a line to list them.',
	chooseLine: 'Lines here: which one?',
	chooseClose: 'Close'
};

export const pairsJa: Record<keyof typeof pairsEn, string> = {
	pairTitle: '{a}–{b}：{n}件の関係',
	pairTies: '{a}と{b}の関係',
	pairExpand: '関係を1本ずつ描く',
	pairCollapse: '1本の線にまとめる',
	pairsEvery: 'すべての関係',
	pairsEveryHint: '行為主体の組ごとに1本ではなく、関係を1本ずつ描きます',
	pairChanges: '内訳の変化：{badge}',
	pairsHint:
		'2つの行為主体の間の関係は1本の線にまとめて描き、×12は件数を示します。線をクリックすると一覧を表示します。',
	chooseLine: 'この位置の線：どれを開きますか',
	chooseClose: '閉じる'
};
