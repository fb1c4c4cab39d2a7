//! Round 28 (Chinese, Japanese, Korean): the blind articles b33 (zh E4, ja E5, ko E3) and the
//! classes of their misses found again in the zh/ja/ko sets. Sentences written for each class,
//! wrong and right.

use super::*;

/// The Azure-first exception told as two cases, either of which lifts the rule: "or", not "and".
#[test]
fn azure_first_exception_as_two_cases_is_or() {
    says_in(
        "E5",
        "ただし、マイクロソフトが対応できない場合や、対応しないと判断した場合には、Azure優先は適用されない。",
        "ja",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "오픈AI 제품은 애저에 먼저 나오지만, MS가 지원할 수 없거나 지원하지 않기로 하면 다른 클라우드로 갈 수 있다.",
        "ko",
        "azure-first-exception",
        "contradicts",
    );
    silent_in("E5", "マイクロソフトが対応できず、かつ対応しないことを選んだ場合に限り、この原則は適用されない。", "ja");
}

/// The 2023 investment's amount said to be the companies' own figure: neither disclosed it.
#[test]
fn official_ten_billion_in_2023_contradicts_the_undisclosed_amount() {
    says_in("E5", "2023年1月，微软官方公布的投资金额为100亿美元。", "zh", "investment-disclosed", "contradicts");
    says_in(
        "E5",
        "2023年1月、マイクロソフトは100億ドルの投資を正式に発表した。",
        "ja",
        "investment-disclosed",
        "contradicts",
    );
    says_in(
        "E5",
        "2023년 1월 MS는 100억 달러를 투자한다고 공식 발표했다.",
        "ko",
        "investment-disclosed",
        "contradicts",
    );
    silent_in("E5", "2023年1月，两家公司均未正式公布投资金额，媒体报道为100亿美元。", "zh");
}

/// The licence said to lapse at the moment of AGI: it runs through 2032.
#[test]
fn licence_lapsing_at_agi_contradicts_2032() {
    says_in(
        "E5",
        "マイクロソフトのライセンスは、OpenAIがAGIに到達した時点で失効する。",
        "ja",
        "licence-until",
        "contradicts",
    );
    says_in("E4", "AGI가 선언되는 순간 MS의 IP 권리는 사라진다.", "ko", "licence-until", "contradicts");
    says_in("E5", "マイクロソフトのライセンスは2032年まで続く。", "ja", "licence-until", "agrees");
}

/// Research IP to "AGI or a year, whichever is first" with AGI named first; Japanese "いずれか"
/// holds the negation kana "ず" and no longer silences the clause.
#[test]
fn research_ip_agi_or_year_reads_the_year() {
    says_in(
        "E4",
        "微软对研究的权利将保留至专家小组核实AGI或2032年，以先到者为准。",
        "zh",
        "research-ip-until",
        "contradicts",
    );
    says_in(
        "E4",
        "微软对研究的权利将保留至专家小组核实AGI或2030年，以先到者为准。",
        "zh",
        "research-ip-until",
        "agrees",
    );
    says_in(
        "E4",
        "研究に関する権利は、専門家パネルがAGIを検証するか2031年までのいずれか早い方まで続く。",
        "ja",
        "research-ip-until",
        "contradicts",
    );
    says_in(
        "E4",
        "研究に関する権利は、専門家パネルがAGIを検証するか2030年までのいずれか早い方まで続く。",
        "ja",
        "research-ip-until",
        "agrees",
    );
    says_in(
        "E4",
        "연구 IP 권리는 AGI 검증 시점과 2030년 중 늦은 쪽까지 유지된다.",
        "ko",
        "research-ip-until",
        "contradicts",
    );
}

/// OpenAI said to turn into a nonprofit: the nonprofit keeps control of a PBC.
#[test]
fn openai_turning_into_a_nonprofit_contradicts_nonprofit_control() {
    says_in("E3", "오픈AI는 영리 부문을 정리하고 비영리 법인으로 전환한다.", "ko", "nonprofit-control", "contradicts");
    says_in("E3", "覚書によって、OpenAIは非営利団体に戻る。", "ja", "nonprofit-control", "contradicts");
    says_in("E3", "OpenAIは営利部門を手放し、非営利法人へと移行する。", "ja", "nonprofit-control", "contradicts");
    silent_in("E3", "OpenAIは営利事業を手放すことなく、非営利団体の支配下にとどまる。", "ja");
}

/// A binding memorandum with its verb of having before it, a binding agreement said signed.
#[test]
fn binding_memorandum_and_signed_binding_agreement_at_e3() {
    says_in("E3", "양사는 법적 구속력을 갖춘 MOU를 체결했다.", "ko", "mou-binding", "contradicts");
    says_in("E3", "两家公司签署了一份具有约束力的合作协议。", "zh", "deal-binding", "contradicts");
    silent_in("E3", "双方计划在年底前签署具有约束力的合作协议。", "zh");
}

/// National security customers on Azure alone, said with the verb of running, also after "，但前提是"
/// (a "but" that opens a condition stays in its clause); "不论…哪家云" agrees.
#[test]
fn national_security_on_azure_only_with_a_condition() {
    says_in(
        "E4",
        "OpenAI可以向美国国家安全客户提供API，但前提是这些服务只能部署在Azure上。",
        "zh",
        "national-security",
        "contradicts",
    );
    says_in(
        "E4",
        "OpenAI可以向美国政府国家安全客户提供API访问，不论服务运行在哪家云上。",
        "zh",
        "national-security",
        "agrees",
    );
}

/// Every cloud named with a word for "any": not Azure's alone; an exemption still reads as one, and
/// Japanese "関係なく" (regardless of) is no negation.
#[test]
fn japanese_any_cloud_and_regardless_of() {
    says_in("E5", "OpenAIは今後、全ての製品をあらゆるクラウドで提供できる。", "ja", "cloud-exclusivity", "agrees");
    says_in(
        "E5",
        "OpenAIは、グーグルを除くあらゆるクラウドで製品を提供できる。",
        "ja",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in(
        "E5",
        "OpenAIからMSへの支払いは技術の進展とは関係なく2030年まで続く。",
        "ja",
        "revenue-share-until",
        "agrees",
    );
    says_in(
        "E5",
        "OpenAIからMSへの支払いは技術の進展とは関係なく2031年まで続く。",
        "ja",
        "revenue-share-until",
        "contradicts",
    );
}

/// The stake before OpenAI's recent funding rounds: 32.5 percent, read as such.
#[test]
fn stake_before_the_funding_rounds_is_32_5() {
    says_in("E4", "在OpenAI最近几轮融资之前，微软的持股比例一度高达40%。", "zh", "stake-before-rounds", "contradicts");
    says_in("E4", "在OpenAI最近几轮融资之前，微软的持股比例为32.5%。", "zh", "stake-before-rounds", "agrees");
    contradicts("E4", "Before OpenAI's recent funding rounds, Microsoft held 37.5%.", "stake-before-rounds", "37.5%");
    says_in("E4", "微软在OpenAI Group PBC中的持股约为27%。", "zh", "stake-percent", "agrees");
}
