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

/// The nonprofit's stake forecast in words of expectation ("지분 가치는 500억 달러를 웃돌 전망이다",
/// ko-b38's dek): the forecast is the claim, read with its floor (the stake would exceed $100
/// billion).
#[test]
fn nonprofit_stake_forecast_reads_its_floor() {
    says_in(
        "E3",
        "오픈AI 비영리 법인이 새 공익법인(PBC)에서 갖게 될 지분 가치는 500억 달러를 웃돌 전망이다.",
        "ko",
        "nonprofit-stake",
        "contradicts",
    );
    says_in("E3", "非営利団体の持ち分の価値は500億ドルを上回る見通しだ。", "ja", "nonprofit-stake", "contradicts");
    says_in("E3", "오픈AI 비영리 법인의 지분 가치는 1000억 달러를 웃돌 전망이다.", "ko", "nonprofit-stake", "agrees");
    says_in("E3", "非営利団体の持ち分の価値は1000億ドルを上回る見通しだ。", "ja", "nonprofit-stake", "agrees");
}

/// The nonprofit said to step back from running the PBC and keep only shares (ko-b38: "PBC
/// 경영에서 손을 떼고 … 재무적 투자자로 물러난다"): it keeps control of the PBC.
#[test]
fn nonprofit_stepping_back_from_running_the_pbc_contradicts_control() {
    says_in(
        "E3",
        "새 구조에서 비영리 이사회는 PBC 경영에서 손을 떼고 지분만 보유하는 재무적 투자자로 물러난다.",
        "ko",
        "nonprofit-control",
        "contradicts",
    );
    says_in("E3", "新架构下，非营利组织将退出对PBC的经营，只保留股份。", "zh", "nonprofit-control", "contradicts");
    says_in("E3", "非営利団体はPBCの経営から手を引き、株式だけを持つ。", "ja", "nonprofit-control", "contradicts");
    silent_in("E3", "비영리 이사회는 PBC 경영에서 손을 떼지 않는다.", "ko");
    silent_in("E3", "비영리 이사회는 재무적 투자자로 물러나지 않는다.", "ko");
    silent_in("E3", "非营利组织不会退出对PBC的控制。", "zh");
}

/// Microsoft's role in commercializing OpenAI's pre-AGI technology in Chinese, Japanese and
/// Korean (ko-b38: "AGI 이전 기술을 독점적으로 상용화할 수 있는 파트너"): the preferred partner,
/// not an exclusive one.
#[test]
fn commercialization_partner_is_preferred_not_exclusive() {
    says_in(
        "E3",
        "당시 MS는 오픈AI에 10억 달러를 투자하고 애저를 독점 클라우드로 공급하는 한편, AGI 이전 기술을 독점적으로 상용화할 수 있는 파트너 지위를 확보했다.",
        "ko",
        "commercialization-role",
        "contradicts",
    );
    says_in("E1", "微软成为OpenAI前AGI技术商业化的独家合作伙伴。", "zh", "commercialization-role", "contradicts");
    says_in(
        "E5",
        "マイクロソフトはAGI以前の技術を独占的に商用化できるパートナーとなった。",
        "ja",
        "commercialization-role",
        "contradicts",
    );
    says_in(
        "E1",
        "MS는 AGI 이전 기술의 상용화를 위한 우선 파트너 지위도 확보했다.",
        "ko",
        "commercialization-role",
        "agrees",
    );
    says_in("E1", "同年，微软成为OpenAI“前AGI”技术商业化的首选合作伙伴。", "zh", "commercialization-role", "agrees");
    says_in(
        "E5",
        "マイクロソフトはAGI以前の技術を商用化する「優先パートナー」の座を得た。",
        "ja",
        "commercialization-role",
        "agrees",
    );
}

/// OpenAI's work said tied to Azure exclusively, in a Korean quote closed by "고 말했다"
/// (ko-b38: "“오픈AI의 모든 워크로드가 여전히 애저에 독점적으로 묶여 있는 만큼 …”고 말했다"):
/// quoted speech states its claim, and Azure has not been exclusive since January 2025.
#[test]
fn work_tied_to_azure_exclusively_and_korean_quoted_speech() {
    says_in(
        "E3",
        "김도윤 한빛투자증권 연구원은 “오픈AI의 모든 워크로드가 여전히 애저에 독점적으로 묶여 있는 만큼 MS가 쥔 카드가 많다”고 말했다.",
        "ko",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in("E5", "그는 “오픈AI는 애저만 쓴다”라고 밝혔다.", "ko", "cloud-exclusivity", "contradicts");
    says_in("E5", "OpenAI的工作负载仍独家绑定在Azure上。", "zh", "cloud-exclusivity", "contradicts");
    says_in(
        "E5",
        "オープンAIの全ワークロードは依然としてAzureに独占的に縛られている。",
        "ja",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in("E2", "오픈AI의 모든 워크로드는 애저에 독점적으로 묶여 있다.", "ko", "cloud-exclusivity", "agrees");
    silent_in("E3", "오픈AI의 워크로드는 더 이상 애저에 독점적으로 묶여 있지 않다.", "ko");
    silent_in("E5", "オープンAIはもはやAzureに独占的に縛られてはいない。", "ja");
}

/// Products built with third parties said to run on Azure alone "whether API or not" (zh-b38:
/// "这些产品不论是不是API，都只能部署在Azure上"): non-API products may be served on any cloud;
/// "是不是" asks nothing and denies nothing.
#[test]
fn products_whether_api_or_not_on_azure_alone() {
    says_in(
        "E4",
        "OpenAI现在可以与第三方联合开发部分产品，但这些产品不论是不是API，都只能部署在Azure上。",
        "zh",
        "third-party-non-api",
        "contradicts",
    );
    silent_in("E5", "这些产品不论是不是API，都可以部署在任何云上。", "zh");
    says_in(
        "E4",
        "OpenAI与第三方联合开发的API产品只能部署在Azure上，非API产品则可以部署在任何云上。",
        "zh",
        "third-party-non-api",
        "agrees",
    );
}

/// Azure said to be only one of OpenAI's cloud providers (zh-b38, of 2019: "Azure只是OpenAI的首选
/// 云服务商之一，远谈不上独家"): in 2019 it was the exclusive cloud; "one of" the preferred
/// providers is no primary cloud either.
#[test]
fn azure_one_of_several_clouds_is_not_exclusive() {
    let text = "2019年微软首次投资10亿美元时，Azure只是OpenAI的首选云服务商之一，远谈不上独家。";
    says_in("E5", text, "zh", "cloud-exclusivity", "contradicts");
    assert!(!verdicts("E5", text, "zh").iter().any(|(c, _)| c == "primary-cloud"));
    says_in("E5", "如今，Azure只是OpenAI的云服务商之一。", "zh", "cloud-exclusivity", "agrees");
    says_in(
        "E4",
        "不同的是，今后OpenAI一旦宣布实现AGI，这一判断须经独立专家小组核实。",
        "zh",
        "agi-verification",
        "agrees",
    );
}
