//! Round 33 (Japanese, Korean): the blind articles ja-b59 and ko-b59, each class with sentences
//! written for it, wrong and right.

use super::*;

/// ja-b59's false alarm: the investment with its valuation after the sum ("出資を約1350億ドル
/// 相当と評価"): valued at $135 billion is the stake's value, as the official wording has it; a
/// sum put in is still money invested.
#[test]
fn japanese_investment_valued_at_135_billion_is_the_stake() {
    let c = "what-135-billion-is";
    says_in("E4", "MSはオープンAIへの出資を約1350億ドル（約21兆円）相当と評価した。", "ja", c, "agrees");
    silent_in("E4", "MSはオープンAIへの出資を約1350億ドル（約21兆円）相当と評価し、約27%を握る。", "ja");
    says_in("E4", "マイクロソフトは保有株を約1350億ドルと評価している。", "ja", c, "agrees");
    // A sum put in is money invested, and wrong.
    says_in("E4", "マイクロソフトはオープンAIに約1350億ドルを出資した。", "ja", c, "contradicts");
    says_in("E4", "マイクロソフトはこれまでに1350億ドルを投じた。", "ja", c, "contradicts");
}

/// ja-b59's headline: a space before a Latin name glued to its particle ("…提供へ　MSは独占
/// ライセンスを維持") parts two statements, as a space between two Japanese characters does;
/// the first half's any cloud no longer hides the second half's exclusive licence.
#[test]
fn japanese_headline_space_before_a_latin_name() {
    says_in(
        "E5",
        "オープンAI、全製品を他社クラウドでも提供へ　MSは独占ライセンスを維持",
        "ja",
        "licence-exclusivity",
        "contradicts",
    );
    says_in(
        "E5",
        "オープンAI、全製品を他社クラウドでも提供へ　MSは非独占ライセンスに",
        "ja",
        "licence-exclusivity",
        "agrees",
    );
    silent_in("E5", "オープンAI、全製品を他社クラウドでも提供へ　MSは非独占ライセンスに", "ja");
    // Latin words spaced on both sides, and a figure, stay inside their statement.
    silent_in("E5", "提携を見直す OpenAI と Microsoft", "ja");
}

/// ja-b59 (and ja-b43): the commercial terms said to be settled at the memorandum's stage
/// ("覚書（MOU）の段階で…商業条件はほぼ固まっており、10月の最終合意はそれを追認した"); the te-form
/// "ており、" now parts the two statements, so the second's final agreement no longer dates the
/// first's memorandum. The memorandum disclosed no commercial terms.
#[test]
fn japanese_terms_settled_at_the_memorandum_stage() {
    let c = "mou-terms";
    says_in(
        "E5",
        "アナリストは「25年9月の覚書（MOU）の段階で収益分配の料率や出資比率といった商業条件はほぼ固まっており、10月の最終合意はそれを追認したにすぎない」と指摘する。",
        "ja",
        c,
        "contradicts",
    );
    says_in(
        "E4",
        "9月の覚書の段階で出資比率や収益分配率はすでに固まっており、今回の契約はそれを追認した格好だ。",
        "ja",
        c,
        "contradicts",
    );
    says_in("E3", "覚書の時点でライセンスの条件が決まった。", "ja", c, "contradicts");
    // Not settled, a nonprofit's stake, hearsay, and the final agreement's own terms: silent.
    silent_in("E3", "覚書の段階では商業条件はまだ固まっていなかった。", "ja");
    silent_in("E3", "覚書の段階で非営利団体の持ち分が固まった。", "ja");
    silent_in("E3", "覚書の時点で収益分配の料率が固まったと関係者によると伝えられる。", "ja");
    silent_in("E4", "最終合意の段階で収益分配の料率はほぼ固まった。", "ja");
}

/// ko-b59: the investment "officially announced", the sum after the verb ("2023년 1월 공식
/// 발표한 100억 달러 규모의 3단계 투자"): neither company disclosed the 2023 sum.
#[test]
fn korean_officially_announced_sum_before_the_investment() {
    let c = "investment-disclosed";
    says_in(
        "E4",
        "이후 MS가 2023년 1월 공식 발표한 100억 달러 규모의 3단계 투자로 관계는 한층 깊어졌다.",
        "ko",
        c,
        "contradicts",
    );
    says_in("E2", "MS가 공식 발표한 100억 달러 규모의 투자가 시작됐다.", "ko", c, "contradicts");
    // The sum alone is the reporting; a stake's value is another figure.
    silent_in("E2", "MS는 2023년 100억 달러 규모의 투자를 단행했다.", "ko");
    silent_in("E4", "MS가 공식 발표한 1350억 달러 규모의 지분 가치가 투자 성과로 평가된다.", "ko");
}

/// ko-b59 (and ko-b45): "whether API products or not" ("API 제품이든 아니든"): its "아니든" is no
/// negation. On any cloud it contradicts the API products' Azure; held to Azure it contradicts
/// the non-API products' any cloud.
#[test]
fn korean_whether_api_or_not() {
    let any = "오픈AI가 제3자와 공동 개발한 제품은 API 제품이든 아니든 원하는 클라우드에서 서비스할 수 있게 됐다.";
    says_in("E4", any, "ko", "third-party-api", "contradicts");
    says_in("E4", any, "ko", "third-party-non-api", "agrees");
    let azure = "그는 “제3자와 공동 개발한 제품도 API든 아니든 전부 애저에서만 서비스해야 한다”고 덧붙였다.";
    says_in("E4", azure, "ko", "third-party-non-api", "contradicts");
    // Only the non-API products on any cloud: right.
    silent_in("E4", "제3자와 공동 개발한 제품 가운데 API가 아닌 제품은 원하는 클라우드에서 서비스할 수 있다.", "ko");
}

/// ko-b59's headline: exclusivity "until after AGI" ("AGI 이후까지 ‘애저 API 독점’"), past a
/// first predicate in "-고" whose stake no longer blocks it ("지분 27% 확보하고"); exclusivity
/// ends at AGI. Japanese "AGI後も独占" and English "exclusivity survives AGI" alike.
#[test]
fn exclusivity_beyond_agi() {
    let c = "exclusivity-until";
    says_in("E4", "MS-오픈AI 최종 계약…MS, 지분 27% 확보하고 AGI 이후까지 ‘애저 API 독점’", "ko", c, "contradicts");
    says_in("E4", "MS는 AGI 이후에도 IP 독점권을 유지한다.", "ko", c, "contradicts");
    says_in("E4", "MS는 지분 27%를 확보하고 2030년까지 독점권을 유지한다.", "ko", c, "contradicts");
    says_in("E4", "マイクロソフトはAGI後も独占権を維持する。", "ja", c, "contradicts");
    says_in("E4", "Microsoft's exclusivity survives AGI.", "en", c, "contradicts");
    // Until AGI is right; the IP rights' models after AGI are no end of exclusivity.
    says_in("E4", "MS는 AGI 달성 전까지 IP 독점권을 유지한다.", "ko", c, "agrees");
    silent_in("E4", "MS의 IP 권리는 AGI 이후의 모델까지 포함하고, 독점권은 AGI 달성 전까지 유지된다.", "ko");
    silent_in("E4", "知的財産権はAGI後のモデルも対象とし、独占権はAGI達成までとなる。", "ja");
    silent_in("E4", "MS는 AGI 이후까지 독점권을 유지하지 않는다.", "ko");
}

/// ko-b59: Microsoft pursuing AGI with "AGI" before "alone" ("MS는 앞으로 AGI를 단독으로, 또는
/// 제3자와 손잡고 … 추구할 수 있다"): it may, and the "3" of "제3자" (a third party) is no figure
/// for the review queue.
#[test]
fn korean_agi_pursued_alone_with_agi_first() {
    let c = "microsoft-agi";
    let right = "MS는 앞으로 AGI를 단독으로, 또는 제3자와 손잡고 독자적으로 추구할 수 있다.";
    says_in("E4", right, "ko", c, "agrees");
    silent_in("E4", right, "ko");
    says_in("E4", "마이크로소프트는 AGI를 독자적으로 개발할 수 있게 됐다.", "ko", c, "agrees");
    // Barred is wrong; another company says nothing.
    says_in("E4", "MS는 AGI를 단독으로 추구할 수 없다.", "ko", c, "contradicts");
    silent_in("E4", "구글은 AGI를 단독으로 추구한다.", "ko");
}
