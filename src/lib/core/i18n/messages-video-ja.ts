import type { videoEn } from './messages-video-en.ts';

/** 動画の録画の画面の言葉（日本語）。 */
export const videoJa: Record<keyof typeof videoEn, string> = {
	videoOpen: '動画を録画',
	videoButton: '動画',
	videoTitle: '動画を録画',
	videoWhat: '内容',
	videoPlayback: '二つの日付の間の再生',
	videoStory: 'ストーリー（シーンごと）',
	videoFrom: '開始',
	videoTo: '終了',
	videoStep: '刻み',
	videoSpeed: '速度',
	videoStoryPick: 'ストーリー',
	videoHold: '1シーンの秒数',
	videoSize: 'サイズ',
	videoPlan: '{pictures}枚の図、{seconds}秒、{frames}フレーム（{fps} fps、WebM）',
	videoRecord: '録画',
	videoProgress: 'フレーム {done} / {total}',
	videoSaved: '{file} を保存しました（{w} × {h} px、{seconds}秒）',
	videoCancelled: '録画を中止しました。何も保存していません',
	videoFailed: '録画に失敗しました：{reason}',
	videoNoEncoder:
		'このブラウザーは動画を符号化できません（WebCodecs の VP8・VP9 エンコーダーがありません）。最近の Chromium、Chrome、Edge、Firefox をお使いください。',
	videoNoStories: '表示中のデータにはストーリーがありません。',
	videoPlanDates: '再生の開始日と終了日を選んでください。',
	videoPlanOrder: '終了日は開始日より後にしてください。',
	videoPlanTooLong:
		'動画は{seconds}秒になり、1回の録画の上限{max}秒を超えます。図を減らすか、刻みを大きくするか、速度を上げてください。',
	videoPlanHold: '1シーンは1秒以上にしてください。'
};
