//! Round 29 (Chinese, Japanese, Korean): the blind articles b38 (zh E4, ja E5, ko E3) and the
//! classes of their false alarms and misses. Sentences written for each class, wrong and right.

use super::*;

/// The investment valued at $135 billion (zh-b38's false alarm: "投资估值约为…"): the value of
/// the stake, as the official wording has it; money put in is still money invested.
#[test]
fn investment_valued_at_135_billion_is_the_stake() {
    says_in(
        "E4",
        "按照博文的说法，微软持有的OpenAI Group PBC投资估值约为1350亿美元。",
        "zh",
        "what-135-billion-is",
        "agrees",
    );
    says_in("E4", "微软对OpenAI的投资价值约1350亿美元。", "zh", "what-135-billion-is", "agrees");
    says_in("E4", "マイクロソフトの出資の評価額は約1350億ドルに上る。", "ja", "what-135-billion-is", "agrees");
    says_in("E4", "微软已向OpenAI投资1350亿美元。", "zh", "what-135-billion-is", "contradicts");
    says_in("E4", "マイクロソフトはOpenAIに1350億ドルを出資した。", "ja", "what-135-billion-is", "contradicts");
}

/// A non-binding memorandum beside the definitive agreement in one sentence (ja-b38's false
/// alarm: "拘束力のない覚書に署名し、最終契約の条件を詰めている"): it names the memorandum, not the
/// deal in force; the deal said to be no more than a non-binding memorandum still is the deal.
#[test]
fn non_binding_memorandum_is_not_the_deal() {
    silent_in("E5", "9月11日、両社は法的拘束力のない覚書（MOU）に署名し、最終契約の条件を詰めていると表明した。", "ja");
    silent_in("E5", "双方9月签署了不具法律约束力的谅解备忘录，并着手敲定最终协议。", "zh");
    silent_in("E5", "양사는 9월 구속력 없는 양해각서에 서명하고 최종 계약을 마무리하고 있다.", "ko");
    says_in(
        "E4",
        "지난해 10월 양사가 맺은 것은 법적 구속력이 없는 양해각서에 불과했다.",
        "ko",
        "deal-binding",
        "contradicts",
    );
    says_in("E4", "双方10月达成的不过是一份不具约束力的谅解备忘录。", "zh", "deal-binding", "contradicts");
    // "にすぎなかった" (no more than) is no negation: the memorandum stays non-binding.
    says_in("E4", "10月に両社が結んだのは、法的拘束力のない覚書にすぎなかった。", "ja", "deal-binding", "contradicts");
    says_in("E5", "9月に両社が交わしたのは、法的拘束力のない覚書にすぎなかった。", "ja", "mou-binding", "agrees");
    silent_in("E5", "9月に両社が交わしたのは、法的拘束力のない覚書にすぎなかった。", "ja");
}

/// OpenAI written in katakana ("オープンAI", as Japanese papers write it): the Japanese
/// phrasings that spell the name read it too.
#[test]
fn katakana_openai_reads_as_openai() {
    says_in(
        "E5",
        "同じ日、オープンAIは覚書に沿って会社全体を非営利法人に戻す計画を示した。",
        "ja",
        "nonprofit-control",
        "contradicts",
    );
    says_in("E3", "オープンAIは非営利団体へと移行する。", "ja", "nonprofit-control", "contradicts");
    says_in("E5", "オープンAIはAzureのみで製品を提供する。", "ja", "cloud-exclusivity", "contradicts");
    silent_in("E3", "オープンAIの非営利団体は、公益法人を引き続き支配する。", "ja");
}

/// The AGI declaration said to be checked by Microsoft's board with a verb of verifying
/// ("マイクロソフトの取締役会がその妥当性を検証する"): an independent panel verifies it.
#[test]
fn agi_checked_by_microsofts_board_contradicts_the_panel() {
    says_in(
        "E5",
        "オープンAIがAGIの到達を宣言した場合は、マイクロソフトの取締役会がその妥当性を検証する仕組みも盛り込まれた。",
        "ja",
        "agi-verification",
        "contradicts",
    );
    says_in("E4", "OpenAI一旦宣布实现AGI，须由微软董事会核实。", "zh", "agi-verification", "contradicts");
    says_in("E4", "오픈AI가 AGI를 선언하면 MS 이사회가 이를 검증한다.", "ko", "agi-verification", "contradicts");
    says_in(
        "E4",
        "オープンAIがAGIの到達を宣言した場合は、独立した専門家パネルが検証する。",
        "ja",
        "agi-verification",
        "agrees",
    );
    says_in("E4", "오픈AI가 AGI를 선언하면 독립 전문가 패널이 검증한다.", "ko", "agi-verification", "agrees");
}

/// The Azure-first exception as Microsoft's choice alone, in a condition ("対応しないと決めれば"),
/// in an analyst's quote whose firm's kana name holds "ず" ("みずなみ証券"), no negation.
#[test]
fn azure_first_exception_as_a_choice_in_a_condition() {
    says_in(
        "E5",
        "みずなみ証券の佐伯亮シニアアナリストは「マイクロソフトが対応しないと決めれば、オープンAIは他社のクラウドで先に製品を出せる」と指摘する。",
        "ja",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "如果微软决定不支持，OpenAI就可以先在其他云上发布产品。",
        "zh",
        "azure-first-exception",
        "contradicts",
    );
    silent_in(
        "E5",
        "マイクロソフトが対応できず、かつ対応しないと決めれば、オープンAIは他社のクラウドで先に製品を出せる。",
        "ja",
    );
    says_in(
        "E5",
        "みずほ証券のアナリストは「マイクロソフトが対応できず、かつ対応しないことを選んだ場合に限り、他社クラウドで先に出せる」と話す。",
        "ja",
        "azure-first-exception",
        "agrees",
    );
}

/// API exclusivity said to go on after the amendment ("AzureによるAPIの独占が続く"); said to end,
/// it is silent.
#[test]
fn api_monopoly_said_to_go_on_after_the_amendment() {
    says_in(
        "E5",
        "4月27日の再改定後も、AGI（汎用人工知能）に到達するまではAzureによるAPIの独占が続く。",
        "ja",
        "api-exclusivity",
        "contradicts",
    );
    says_in("E4", "AzureによるAPIの独占は当面続く。", "ja", "api-exclusivity", "agrees");
    silent_in("E5", "AzureによるAPIの独占は終わった。", "ja");
    silent_in("E5", "AzureによるAPIの独占が続くことはない。", "ja");
}
