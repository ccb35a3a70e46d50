import type { Lang } from '../schema/common.ts';

/** The words of opening, keeping and switching datasets, in both languages. */
const en = {
	openData: 'Open data…',
	openDataHint: 'Tieline YAML or JSON, GEXF, GraphML or CSV (an actors file and a ties file)',
	datasets: 'Datasets',
	dropHere: 'Drop files to open them',
	dropHint: 'Nothing is replaced until you accept what was read.',
	reading: 'Reading…',
	readingFile: 'Reading {file} ({n} of {of})…',
	checkingItems: 'Checking {items} items (ids, references, dates)…',
	cancelOpening: 'Cancel',
	openCancelled: 'Opening was cancelled; nothing changed.',
	summaryTitle: 'Open {name}?',
	summaryFailedTitle: '{name} cannot be opened',
	summaryIntro: 'What was read. Nothing on screen changes until you accept.',
	summaryFailed:
		'{n} problems; the data on screen stays as it is. Fix the files and open them again.',
	summaryFailedOne: '1 problem; the data on screen stays as it is. Fix the file and open it again.',
	file: 'File',
	format: 'Format',
	size: 'Size',
	readFromFile: 'Read',
	nothingRead: 'could not be read',
	actors: 'actors',
	ties: 'ties',
	events: 'events',
	sources: 'sources',
	counts: '{actors} actors · {ties} ties · {events} events · {sources} sources',
	span: 'Dates from {from} to {to}',
	noSpan: 'No dates: every tie is shown on every day',
	mapping:
		'Nodes become actors and edges ties; attributes named as in Tieline’s exports (kind, name_en, signed, from, to, sources…) are read, spells become lifespans.',
	problem: 'Problem',
	where: 'Where',
	field: 'Field',
	line: 'line {line}',
	moreProblems: '… and {n} more',
	accept: 'Open it',
	cancel: 'Cancel',
	close: 'Close',
	bundled: 'Bundled data',
	bundledNote: 'Ties of Russia, DPRK, China, Japan, US, ROK (built in)',
	added: 'added {date}',
	showing: 'On screen',
	show: 'Show',
	exportJson: 'Export as JSON',
	delete: 'Delete',
	confirmDelete: 'Delete “{name}” from this browser? This cannot be undone.',
	noneKept: 'No datasets of your own yet: open files or drop them on the page.',
	keptNote: 'Datasets you open are kept in this browser only, and checked again each time.',
	exported: 'Saved {file}',
	urlBad: 'The data link “{url}” is not a URL.',
	urlNotHttps: 'Data from another site must come over https: {url}',
	urlFailed: 'Could not fetch {url}: {reason}. The site must allow it (CORS).',
	readFailed: 'The files could not be read: {reason}',
	notKept: 'Shown, but not kept in this browser ({reason}); a reload will not find it.',
	storageFailed: 'The browser’s storage failed: {reason}',
	notFound: 'The dataset “{id}” is not kept in this browser; showing the data on screen instead.',
	dismiss: 'Dismiss'
};

export type ImportMessageKey = keyof typeof en;

const ja: Record<ImportMessageKey, string> = {
	openData: 'データを開く…',
	openDataHint: 'Tieline の YAML・JSON、GEXF、GraphML、CSV（アクターの表と関係の表）',
	datasets: 'データセット',
	dropHere: 'ここにファイルをドロップして開く',
	dropHint: '読み込んだ内容を確認して開くまで、表示中のデータはそのままです。',
	reading: '読み込み中…',
	readingFile: '{file} を読み込み中（{n}/{of}）…',
	checkingItems: '{items} 件を検査中（ID・参照・日付）…',
	cancelOpening: '中止',
	openCancelled: '読み込みを中止しました。何も変わっていません。',
	summaryTitle: '{name} を開きますか？',
	summaryFailedTitle: '{name} を開けません',
	summaryIntro: '読み込んだ内容です。「開く」を押すまで画面は変わりません。',
	summaryFailed:
		'問題が {n} 件あります。表示中のデータはそのままです。ファイルを直してから開き直してください。',
	summaryFailedOne:
		'問題が 1 件あります。表示中のデータはそのままです。ファイルを直してから開き直してください。',
	file: 'ファイル',
	format: '形式',
	size: 'サイズ',
	readFromFile: '読み込んだもの',
	nothingRead: '読み込めませんでした',
	actors: 'アクター',
	ties: '関係',
	events: '出来事',
	sources: '出典',
	counts: 'アクター {actors} · 関係 {ties} · 出来事 {events} · 出典 {sources}',
	span: '期間 {from} – {to}',
	noSpan: '日付なし：すべての関係を毎日表示します',
	mapping:
		'ノードはアクター、エッジは関係になります。Tieline の書き出しと同じ名前の属性（kind、name_en、signed、from、to、sources など）を読み、spell は存続期間になります。',
	problem: '問題',
	where: '場所',
	field: '項目',
	line: '{line} 行目',
	moreProblems: '… ほか {n} 件',
	accept: '開く',
	cancel: 'キャンセル',
	close: '閉じる',
	bundled: '同梱データ',
	bundledNote: 'ロシア・北朝鮮・中国・日本・米国・韓国の関係（組み込み）',
	added: '{date} に追加',
	showing: '表示中',
	show: '表示',
	exportJson: 'JSON で書き出す',
	delete: '削除',
	confirmDelete: '「{name}」をこのブラウザから削除しますか？元に戻せません。',
	noneKept: '自分のデータセットはまだありません。ファイルを開くか、ページにドロップしてください。',
	keptNote: '開いたデータセットはこのブラウザの中だけに保存され、開くたびに検査し直します。',
	exported: '{file} を保存しました',
	urlBad: 'データのリンク「{url}」は URL ではありません。',
	urlNotHttps: '他のサイトのデータは https で取得する必要があります：{url}',
	urlFailed:
		'{url} を取得できませんでした：{reason}。そのサイトが許可（CORS）している必要があります。',
	readFailed: 'ファイルを読めませんでした：{reason}',
	notKept:
		'表示しましたが、このブラウザに保存できませんでした（{reason}）。再読み込みすると見つかりません。',
	storageFailed: 'ブラウザの保存領域でエラーが起きました：{reason}',
	notFound:
		'データセット「{id}」はこのブラウザに保存されていません。表示中のデータのままにします。',
	dismiss: '閉じる'
};

const MESSAGES: Record<Lang, Record<ImportMessageKey, string>> = { en, ja };

export function importText(
	lang: Lang,
	key: ImportMessageKey,
	vars: Record<string, string | number> = {}
): string {
	return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
