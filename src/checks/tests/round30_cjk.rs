//! Round 30 (Chinese, Japanese, Korean): the blind articles zh-b42 (C2), ja-b43 (E4) and ko-b43
//! (E5), and the classes of their false alarm and misses. Sentences written for each class,
//! wrong and right, with a hard negative.

use super::*;

/// ja-b43's false alarm: a two-digit year of Japanese news copy ("両社の関係は19年、…Azureを独占
/// クラウドとする合意から始まった") was no year, so the clause was judged by the article's own
/// terms. "19年、", "23年1月", "25年1月に" are 2019, 2023 and 2025; "10年にわたり" and "5年で" stay
/// counts of years, and an era year ("平成31年") is no year of this century.
#[test]
fn japanese_two_digit_years_date_their_clause() {
    silent_in(
        "E4",
        "両社の関係は19年、マイクロソフトによる10億ドルの出資と、Azureを独占クラウドとする合意から始まった。",
        "ja",
    );
    silent_in("E5", "19年に結んだ合意で、AzureはオープンAIの独占クラウドとなった。", "ja");
    says_in("E4", "19年、AzureはオープンAIの独占クラウドとなった。", "ja", "cloud-exclusivity", "agrees");
    // The same sentence with no year of the past speaks of October 2025: Azure was no longer
    // exclusive then.
    says_in("E4", "AzureはオープンAIの独占クラウドだ。", "ja", "cloud-exclusivity", "contradicts");
    // A span of years is no year: the clause stays the article's.
    says_in(
        "E4",
        "両社は10年にわたり、Azureを独占クラウドとする関係を続けている。",
        "ja",
        "cloud-exclusivity",
        "contradicts",
    );
    let mut toks = super::token::tokenize_all("19年、23年1月に、30年末、10年間、5年で、平成31年、10年にわたり");
    super::value::japanese_short_years(&mut toks);
    let years: Vec<&str> =
        toks.iter().filter(|t| t.kind == super::token::Kind::Number).map(|t| t.norm.as_str()).collect();
    assert_eq!(years, ["2019", "2023", "1", "2030", "10", "5", "31", "10"]);
}

/// ja-b43 ("Azureは研究部門に限った独占クラウドと位置づけられた", of January 2023): Azure exclusive
/// for one kind of work only is not exclusive for all of OpenAI's workloads, as the English
/// "exclusive cloud only for research" reads. Over the same words it wins against "Azure …
/// 独占クラウド"; denied ("…ではなく"), it is exclusive again.
#[test]
fn japanese_exclusive_cloud_for_research_only() {
    says_in(
        "E2",
        "23年1月には第3段階の投資を決め、Azureは研究部門に限った独占クラウドと位置づけられた。",
        "ja",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in(
        "E2",
        "2023年の合意で、Azureは研究用途に限定された独占クラウドとなった。",
        "ja",
        "cloud-exclusivity",
        "contradicts",
    );
    says_in("E2", "2023年の合意で、AzureはオープンAIの独占クラウドとなった。", "ja", "cloud-exclusivity", "agrees");
    says_in(
        "E2",
        "Azureは研究部門に限った独占クラウドではなく、すべての作業の独占クラウドだ。",
        "ja",
        "cloud-exclusivity",
        "agrees",
    );
}

/// zh-b42's headline ("合作条款不变，微软对OpenAI模型的授权延续至2030年"): "不变" (unchanged) says a
/// thing stays as it is; its "不" denied the licence's end in the next stretch. A denial that is
/// one ("不再") still flips.
#[test]
fn chinese_unchanged_denies_nothing() {
    says_in(
        "C2",
        "微软与OpenAI发表联合声明：合作条款不变，微软对OpenAI模型的授权延续至2030年",
        "zh",
        "licence-until",
        "contradicts",
    );
    says_in("C2", "合作条款保持不变，微软对OpenAI模型的授权延续至2032年。", "zh", "licence-until", "agrees");
    says_in("C2", "微软的独家授权维持不变。", "zh", "licence-exclusivity", "agrees");
    says_in("C2", "微软的独家授权不再维持不变。", "zh", "licence-exclusivity", "contradicts");
}

/// zh-b42 ("2023年1月，微软正式宣布向OpenAI追加投资100亿美元"): the 2023 sum said to be announced,
/// the verb before the investing; neither company disclosed it. Reported or estimated, it stays
/// the reporting; in 2019 the $1 billion was announced.
#[test]
fn chinese_investment_announced_with_its_sum() {
    says_in(
        "E4",
        "2023年1月，微软正式宣布向OpenAI追加投资100亿美元，合作进入第三阶段。",
        "zh",
        "investment-disclosed",
        "contradicts",
    );
    says_in("E4", "2023年1月，微软宣布向OpenAI追加投资100亿美元。", "zh", "investment-disclosed", "contradicts");
    says_in("E4", "2019年，微软正式宣布向OpenAI投资10亿美元。", "zh", "investment-disclosed", "agrees");
    silent_in("E4", "2023年1月，微软宣布向OpenAI追加数十亿美元投资，据报道金额为100亿美元。", "zh");
    silent_in("E4", "2023年1月，微软正式宣布向OpenAI追加投资，外界估计约100亿美元。", "zh");
}

/// zh-b42 ("微软自2025年1月起享有的新增算力优先购买权（ROFR）依然有效"): the right said to stay in
/// force, its verb after it; "自…起" opens a span to the article's time, which the month does not
/// date. The right gained in January 2025 agrees with January's terms.
#[test]
fn chinese_right_of_first_refusal_still_in_force() {
    says_in(
        "E4",
        "不过，微软自2025年1月起享有的新增算力优先购买权（ROFR）依然有效，这也被不少投资者视为亚马逊难以撼动Azure地位的关键。",
        "zh",
        "rofr",
        "contradicts",
    );
    says_in("E4", "微软对新增算力的优先购买权仍然有效。", "zh", "rofr", "contradicts");
    says_in("C1", "微软对新增算力的优先购买权仍然有效。", "zh", "rofr", "agrees");
    says_in("E4", "2025年1月，微软获得了新增算力的优先购买权。", "zh", "rofr", "agrees");
    silent_in("E4", "微软的优先购买权已不再有效。", "zh");
}

/// zh-b42 ("OpenAI正在研发的消费级硬件，也落在微软知识产权的覆盖范围之内"): the hardware as the
/// topic, past a comma, said to fall within Microsoft's IP rights. Outside them, it is silent.
#[test]
fn chinese_hardware_falling_within_the_ip_rights() {
    says_in(
        "E4",
        "OpenAI正在研发的消费级硬件，也落在微软知识产权的覆盖范围之内。",
        "zh",
        "consumer-hardware",
        "contradicts",
    );
    says_in("E4", "OpenAI的消费级设备同样属于微软知识产权的覆盖范围。", "zh", "consumer-hardware", "contradicts");
    silent_in("E4", "OpenAI的消费级硬件，不在微软知识产权的覆盖范围之内。", "zh");
    silent_in("E4", "OpenAI的消费级硬件被排除在微软知识产权的范围之外。", "zh");
}

/// ja-b43 ("両社の関係は19年、マイクロソフトによる10億ドルの出資と…から始まった"): the year past its
/// comma, then the first sum, read as the 2019 investment; a wrong sum contradicts it.
#[test]
fn japanese_first_investment_after_the_years_comma() {
    says_in(
        "E4",
        "両社の関係は19年、マイクロソフトによる10億ドルの出資から始まった。",
        "ja",
        "investment-2019",
        "agrees",
    );
    says_in(
        "E4",
        "両社の関係は2019年、マイクロソフトによる10億ドルの出資から始まった。",
        "ja",
        "investment-2019",
        "agrees",
    );
    says_in(
        "E4",
        "両社の関係は19年、マイクロソフトによる20億ドルの出資から始まった。",
        "ja",
        "investment-2019",
        "contradicts",
    );
    // A total since then is no first investment.
    silent_in("E4", "19年、マイクロソフトによる累計130億ドルの出資が始まった。", "ja");
}
