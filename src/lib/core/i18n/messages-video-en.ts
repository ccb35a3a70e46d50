/** Interface words of video recording, in English (merged into the messages). */
export const videoEn = {
	videoOpen: 'Record video',
	videoButton: 'Video',
	videoTitle: 'Record video',
	videoWhat: 'What',
	videoPlayback: 'Playback between two dates',
	videoStory: 'A story, scene by scene',
	videoFrom: 'From',
	videoTo: 'To',
	videoStep: 'Step',
	videoSpeed: 'Speed',
	videoStoryPick: 'Story',
	videoHold: 'Seconds per scene',
	videoSize: 'Size',
	videoPlan: '{pictures} pictures, {seconds} s, {frames} frames at {fps} fps (WebM)',
	videoRecord: 'Record',
	videoProgress: 'Frame {done} of {total}',
	videoSaved: 'Saved {file} ({w} × {h} px, {seconds} s)',
	videoCancelled: 'Recording cancelled: nothing was saved',
	videoFailed: 'Recording failed: {reason}',
	videoNoEncoder:
		'This browser cannot encode video (it has no WebCodecs VP8 or VP9 encoder). Try a recent Chromium, Chrome, Edge or Firefox.',
	videoNoStories: 'The data in view has no stories.',
	videoPlanDates: 'Choose the day the playback starts and the day it ends.',
	videoPlanOrder: 'The playback must end after it starts.',
	videoPlanTooLong:
		'The video would last {seconds} s, more than the {max} s one recording can hold: choose fewer pictures, a larger step or a higher speed.',
	videoPlanHold: 'Hold each scene for at least one second.'
};
