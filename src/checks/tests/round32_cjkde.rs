//! Round 32 (German, Chinese, Japanese, Korean): the blind articles de-b53, zh-b52 (written in
//! traditional characters), ja-b52 and ko-b53, each class with sentences written for it, wrong
//! and right.

use super::*;

/// de-b53's false alarm: a comparison with before ("zum selben Prozentsatz wie bisher", "im
/// gleichen Umfang wie zuvor") says a value goes on; its "bisher" dated the whole clause before
/// the article's stage, where the revenue share ran until AGI.
#[test]
fn german_comparison_with_before_dates_nothing() {
    silent_in(
        "E5",
        "Microsoft zahlt OpenAI künftig keine Umsatzbeteiligung mehr, während OpenAI bis 2030 weiter an Microsoft überweist, zum selben Prozentsatz wie bisher.",
        "de",
    );
    says_in(
        "E5",
        "Während OpenAI bis 2030 weiter an Microsoft überweist, zum selben Prozentsatz wie bisher, bleibt Microsoft Anteilseigner.",
        "de",
        "revenue-share-until",
        "agrees",
    );
    says_in("E5", "Wie bisher zahlt OpenAI bis 2030 an Microsoft.", "de", "revenue-share-until", "agrees");
    // The comparison does not hide a wrong year, and a plain "bisher" still dates its clause.
    says_in(
        "E5",
        "Während OpenAI bis 2032 weiter an Microsoft überweist, zum selben Prozentsatz wie zuvor, bleibt Microsoft Anteilseigner.",
        "de",
        "revenue-share-until",
        "contradicts",
    );
    says_in("E5", "Bisher zahlt OpenAI bis 2030 an Microsoft.", "de", "revenue-share-until", "contradicts");
}

/// de-b53's headline: Microsoft "lets itself be paid" until a year ("Microsoft lässt sich den
/// Abschied bis 2032 bezahlen"): the money flowing to Microsoft is the revenue share, which ends
/// in 2030.
#[test]
fn german_microsoft_paid_until_a_year() {
    says_in(
        "E5",
        "Microsoft lässt sich den Abschied bis 2032 bezahlen – ein Sieg ist das nicht",
        "de",
        "revenue-share-until",
        "contradicts",
    );
    says_in("E5", "Redmond lässt sich seinen Rückzug bis 2030 bezahlen.", "de", "revenue-share-until", "agrees");
    // Hard negatives: another payee, the Azure services, and a denial.
    silent_in("E5", "OpenAI lässt sich den Abschied bis 2032 bezahlen.", "de");
    silent_in("E5", "Microsoft lässt sich die Azure-Dienste bis 2032 bezahlen.", "de");
    silent_in("E5", "Microsoft lässt sich den Abschied nicht bis 2032 bezahlen.", "de");
}

/// zh-b52 is written in traditional characters: the table of traditional forms now holds every
/// traditional variant (Unihan's kSimplifiedVariant) of the characters the Chinese rules spell.
/// Its false alarm: "當年微軟首度投資10億美元，Azure成為OpenAI的獨家雲端供應商" ("that year", 2019)
/// was read as a claim of the article's stage, since "當" was not read as the "当" of the past
/// word "当年".
#[test]
fn traditional_chinese_that_year_is_the_past() {
    silent_in("E4", "當年微軟首度投資10億美元，Azure成為OpenAI的獨家雲端供應商。", "zh");
    silent_in("E4", "当年微软首度投资10亿美元，Azure成为OpenAI的独家云端供应商。", "zh");
    // Without it, the exclusive cloud is a claim about October 2025, and wrong.
    says_in("E4", "Azure成為OpenAI的獨家雲端供應商。", "zh", "cloud-exclusivity", "contradicts");
    // The partner of "合作夥伴" reads as "合作伙伴".
    assert_eq!(crate::checks::token::simplified('夥'), '伙');
    assert_eq!(crate::checks::token::simplified('當'), '当');
    // "著" is a simplified character of its own ("著名"): it stays.
    assert_eq!(crate::checks::token::simplified('著'), '著');
}

/// zh-b52's false alarm: the investment "now" worth $135 billion ("投資目前價值約1,350億美元") is the
/// stake's value, as the official wording has it; a sum put in is still money invested.
#[test]
fn chinese_investment_now_worth_135_billion_is_the_stake() {
    says_in(
        "E4",
        "根據新協議，微軟在OpenAI Group PBC的投資目前價值約1,350億美元。",
        "zh",
        "what-135-billion-is",
        "agrees",
    );
    says_in("E4", "微软对OpenAI的投资如今的价值约为1350亿美元。", "zh", "what-135-billion-is", "agrees");
    silent_in("E4", "微软在OpenAI的投资当前估值约1350亿美元。", "zh");
    says_in("E4", "微软向OpenAI投资了1350亿美元。", "zh", "what-135-billion-is", "contradicts");
}

/// zh-b52's revenue-share passage: a deadline set for the payments ("但設下2030年的期限，付款期程
/// 也會拉長"): in October 2025 the share ran until the panel verified AGI.
#[test]
fn chinese_deadline_set_for_the_payments() {
    says_in(
        "E4",
        "營收分成協議維持不變，但設下2030年的期限，付款期程也會拉長。",
        "zh",
        "revenue-share-until",
        "contradicts",
    );
    says_in("E4", "收入分成设定2032年的期限。", "zh", "revenue-share-until", "contradicts");
    says_in("E5", "收入分成付款设下2030年的期限。", "zh", "revenue-share-until", "agrees");
    // Hard negatives: the research IP's deadline, no deadline set, and a hedge.
    silent_in("E4", "研究知识产权设下2030年的期限。", "zh");
    silent_in("E4", "收入分成并未设下2030年的期限。", "zh");
    silent_in("E4", "收入分成可能设下2030年的期限。", "zh");
}

/// zh-b52's quoted executive: every product put on any cloud ("OpenAI從此可以把所有產品放到任何一家
/// 雲端上"): all products, the APIs too, which October 2025 kept on Azure.
#[test]
fn chinese_all_products_on_any_cloud() {
    says_in(
        "E4",
        "「這次協議最大的變化，是OpenAI從此可以把所有產品放到任何一家雲端上。」一位不願具名的雲端業者主管表示。",
        "zh",
        "cloud-scope",
        "contradicts",
    );
    says_in("E4", "OpenAI可以在任何云上提供其所有产品。", "zh", "cloud-scope", "contradicts");
    says_in("E5", "OpenAI现在可以把全部产品部署到任意云上。", "zh", "cloud-scope", "agrees");
    // Hard negatives: the non-API products only, a denial, and a hedge.
    silent_in("E4", "OpenAI可以把所有非API产品放到任何一家云端上。", "zh");
    silent_in("E4", "OpenAI不能把所有产品放到任何一家云端上。", "zh");
    silent_in("E4", "OpenAI或许可以把所有产品放到任何一家云端上。", "zh");
}

/// ja-b52's reversed licence: an exclusive licence held states whose IP it covers ("オープンAIは
/// マイクロソフトの知的財産に対する独占ライセンスを維持する"); the exclusivity words blocked the
/// direction in every Japanese clause, where only an exclusivity lost or ended should.
#[test]
fn japanese_exclusive_licence_held_states_its_direction() {
    says_in(
        "C2",
        "もう一つは知的財産で、オープンAIはマイクロソフトの知的財産に対する独占ライセンスを維持するという。",
        "ja",
        "licence-direction",
        "contradicts",
    );
    says_in(
        "C2",
        "マイクロソフトはオープンAIの知的財産に対する独占ライセンスを維持する。",
        "ja",
        "licence-direction",
        "agrees",
    );
    says_in(
        "E5",
        "マイクロソフトはオープンAIの知的財産の非独占ライセンスを保持する。",
        "ja",
        "licence-direction",
        "agrees",
    );
    // Hard negatives: an exclusivity lost or ended says nothing of who holds the licence.
    silent_in("E5", "マイクロソフトはオープンAIの知的財産の独占ライセンスを失った。", "ja");
    silent_in("E5", "マイクロソフトのオープンAIの知的財産に対するライセンスは独占ではなくなる。", "ja");
}

/// ko-b53's memorandum passages: commercial terms said to be fixed by or contained in the
/// memorandum, the terms first ("핵심 상업 조건이 이번 MOU로 확정됐다", "이번 MOU에는 … 지식재산권을
/// 보유하는 내용도 담겼다"); the statement disclosed none. An analyst's two quotations joined by
/// "며" under one verb of saying are his speech.
#[test]
fn korean_memorandum_said_to_fix_terms() {
    says_in(
        "E3",
        "김도현 한빛투자증권 연구원은 “매출 배분 구조와 클라우드 공급 조건 등 핵심 상업 조건이 이번 MOU로 확정됐다”며 “불확실성이 걷혔다는 점에서 MS 주가에 긍정적”이라고 분석했다.",
        "ko",
        "mou-terms",
        "contradicts",
    );
    says_in(
        "E3",
        "이번 MOU에는 MS가 2032년까지 오픈AI 모델에 대한 지식재산권을 보유하는 내용도 담겼다.",
        "ko",
        "mou-terms",
        "contradicts",
    );
    says_in("E3", "수익 배분 비율이 양해각서로 확정됐다.", "ko", "mou-terms", "contradicts");
    says_in("E3", "양해각서에는 MS의 지분을 27%로 정하는 조항이 담겼다.", "ko", "mou-terms", "contradicts");
    // Hard negatives: the nonprofit's structure, the definitive agreement, and a denial.
    silent_in("E3", "비영리 조직의 PBC 지배 구조가 이번 MOU에 담겼다.", "ko");
    silent_in("E3", "핵심 상업 조건은 최종 계약으로 확정될 예정이다.", "ko");
    silent_in("E3", "핵심 상업 조건은 이번 MOU로 확정되지 않았다.", "ko");
}

/// de-b53's licence passage: a comment on the clause before it (", was nichts anderes heißt, als
/// dass … könnte") is a clause of its own, so its hedge no longer takes the denied exclusivity
/// with it ("doch diese Lizenz ist künftig nicht mehr exklusiv").
#[test]
fn german_comment_clause_keeps_its_hedge() {
    let text = "Microsoft behält bis 2032 eine Lizenz an den Modellen von OpenAI, doch diese Lizenz ist künftig nicht mehr exklusiv, was nichts anderes heißt, als dass ein Wettbewerber dieselbe Technik bekommen könnte.";
    says_in("E5", text, "de", "licence-exclusivity", "agrees");
    says_in("E4", text, "de", "licence-exclusivity", "contradicts");
    // "nichts anderes heißt" (means no less than) denies nothing: the queue has nothing left.
    assert_eq!(listed_in("E5", text, "de"), 0);
    says_in(
        "E5",
        "Die Lizenz bleibt exklusiv, was bedeutet, dass kein Wettbewerber sie bekommen kann.",
        "de",
        "licence-exclusivity",
        "contradicts",
    );
    // Hard negative: the hedge in the clause itself still holds it back.
    silent_in(
        "E4",
        "Die Lizenz könnte bald nicht mehr exklusiv sein, was nichts anderes heißt, als dass Wettbewerber sie bekommen.",
        "de",
    );
}

/// de-b53's cloud passage: "ob dieser nun Amazon, Google oder Oracle heißt" (whichever it is) is a
/// concession, not a doubt: "jeden beliebigen Cloud-Anbieter" stands.
#[test]
fn german_concession_whichever_it_is_is_no_doubt() {
    let text = "Nach der am Montag veröffentlichten Neufassung darf OpenAI sämtliche Produkte seinen Kunden über jeden beliebigen Cloud-Anbieter anbieten, ob dieser nun Amazon, Google oder Oracle heißt.";
    says_in("E5", text, "de", "cloud-exclusivity", "agrees");
    says_in("E2", text, "de", "cloud-exclusivity", "contradicts");
    assert_eq!(listed_in("E5", text, "de"), 0);
    // Hard negative: an open question is still one.
    silent_in("E2", "Offen ist, ob OpenAI seine Produkte über jeden Cloud-Anbieter anbieten darf.", "de");
}

/// ko-b45, read since two quotations joined by "며" are speech: a sum joined to the stake by "와"
/// belongs to the next noun ("지분 가치와 2500억 달러의 클라우드 매출"), not to the stake.
#[test]
fn korean_sum_of_cloud_revenue_beside_the_stake_is_no_stake_value() {
    silent_in(
        "E4",
        "김도현 연구원은 “MS는 막대한 지분 가치와 2500억 달러의 클라우드 매출을 동시에 확보했다”며 “AGI 이전까지는 사실상 최대 수혜자”라고 말했다.",
        "ko",
    );
    says_in("E4", "MS의 오픈AI 지분 가치는 약 1350억 달러다.", "ko", "stake-value", "agrees");
    says_in("E4", "MS의 오픈AI 지분 가치는 약 2000억 달러다.", "ko", "stake-value", "contradicts");
}

/// zh-b52's first sentence: the definitive agreement signed ("正式簽定最終協議", a Taiwanese form of
/// "签订"), its clause closing on negotiations brought to an end ("為雙方長達數月的談判劃下句點"),
/// which are no negotiation going on.
#[test]
fn chinese_negotiations_brought_to_an_end_are_no_hedge() {
    let text = "微軟與OpenAI在美國時間10月28日正式簽定最終協議，為雙方長達數月的談判劃下句點。";
    says_in("E4", text, "zh", "deal-final", "agrees");
    says_in("E4", "双方正式签定最终协议，结束了长达数月的谈判。", "zh", "deal-final", "agrees");
    // Negotiations still going on are one: in September 2025 they were.
    silent_in("E3", "双方仍在谈判，尚未签定最终协议。", "zh");
}

/// The memorandum said to fix a commercial term in Chinese, the term first or with "敲定" (a class
/// named since round 31, as ko-b53's "… 조건이 이번 MOU로 확정됐다"): the statement disclosed none.
#[test]
fn chinese_memorandum_said_to_fix_terms() {
    for text in ["收入分成比例已在备忘录中确定。", "收入分成比例由这份备忘录敲定。", "这份备忘录敲定了收入分成的比例。"]
    {
        says_in("E3", text, "zh", "mou-terms", "contradicts");
    }
    // Hard negatives: a denial, the definitive agreement, a detail undisclosed, hearsay.
    silent_in("E3", "备忘录没有敲定收入分成比例。", "zh");
    silent_in("E3", "收入分成比例将在最终协议中确定。", "zh");
    silent_in("E3", "备忘录并未透露收入分成比例。", "zh");
    silent_in("E3", "据报道，收入分成比例已在备忘录中确定。", "zh");
}
