import type { Lang } from '../schema/common.ts';

/** Names of the data's controlled vocabulary in both languages. */
export const VOCABULARY: Record<string, Record<Lang, string>> = {
	'defense-treaty': { en: 'Defence treaty', ja: '防衛条約' },
	agreement: { en: 'Agreement', ja: '協定・声明' },
	'diplomatic-relations': { en: 'Diplomatic relations', ja: '外交関係' },
	'arms-transfer': { en: 'Arms transfer', ja: '武器移転' },
	'technology-transfer': { en: 'Technology transfer', ja: '技術移転' },
	'troop-deployment': { en: 'Troop deployment', ja: '部隊派遣' },
	'weapons-deployment': { en: 'Weapons deployment', ja: '兵器配備' },
	'joint-exercise': { en: 'Joint exercise or patrol', ja: '共同演習・共同巡航' },
	membership: { en: 'Membership', ja: '加盟' },
	sanctions: { en: 'Sanctions', ja: '制裁' },
	assessment: { en: 'Official assessment', ja: '公式評価' },
	signed: { en: 'Signed, not yet in force', ja: '署名済み・未発効' },
	'in-force': { en: 'In force', ja: '発効中' },
	suspended: { en: 'Suspended', ja: '停止中' },
	active: { en: 'Active', ja: '継続中' },
	confirmed: { en: 'Confirmed', ja: '確認済み' },
	reported: { en: 'Reported', ja: '報告' },
	alleged: { en: 'Alleged', ja: '主張' },
	defense: { en: 'Defence', ja: '防衛' },
	offense: { en: 'Offence', ja: '攻撃' },
	neutrality: { en: 'Neutrality', ja: '中立' },
	'non-aggression': { en: 'Non-aggression', ja: '不可侵' },
	consultation: { en: 'Consultation', ja: '協議' },
	expired: { en: 'expired', ja: '期間満了' },
	terminated: { en: 'terminated', ja: '終了' },
	superseded: { en: 'superseded', ja: '後継条約により失効' },
	lapsed: { en: 'lapsed', ja: '失効' },
	withdrawn: { en: 'withdrawn', ja: '脱退' },
	dissolved: { en: 'dissolved', ja: '解散' },
	ended: { en: 'ended', ja: '終了' },
	state: { en: 'State', ja: '国家' },
	organisation: { en: 'Organisation', ja: '機関' }
};

export function vocab(term: string, lang: Lang): string {
	return VOCABULARY[term]?.[lang] ?? term;
}
