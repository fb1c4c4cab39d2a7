//! Round 31 (Chinese, Japanese, Korean): the blind articles zh-b48, ja-b48 and ko-b49, and a
//! Korean false alarm on main, each class with sentences written for it, wrong and right.

use super::*;

/// The Azure-first exception told by a Korean conditional verb ("…하지 않기로 선택하면",
/// "원하지 않으면") before a denied consequence ("…애저에 먼저 출시되지 않는다"): the denial is
/// the consequence's, not the rule's (a false alarm on main, restating E5), and the condition is
/// read as the exception it names (ko-b49's exception passage, Microsoft's choice alone).
#[test]
fn korean_conditional_exception_before_a_denied_consequence() {
    // The term as it is: no "not first" against it.
    silent_in(
        "E5",
        "MS가 필요한 기능을 지원할 수 없고 지원하지 않기로 선택하면 오픈AI 제품은 애저에 먼저 출시되지 않는다.",
        "ko",
    );
    says_in(
        "E5",
        "MS가 필요한 기능을 지원할 수 없고 지원하지 않기로 선택하면 오픈AI 제품은 애저에 먼저 출시되지 않는다.",
        "ko",
        "azure-first-exception",
        "agrees",
    );
    says_in(
        "E5",
        "마이크로소프트가 지원할 수 없고 지원하지 않기로 결정하면, 오픈AI는 제품을 애저에 먼저 내놓지 않아도 된다.",
        "ko",
        "azure-first-exception",
        "agrees",
    );
    // "Or", and Microsoft's choice alone, are other terms.
    says_in(
        "E5",
        "MS가 지원할 수 없거나 지원하지 않기로 선택하면 오픈AI 제품은 애저에 먼저 출시되지 않는다.",
        "ko",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "다만 MS가 필요한 기능을 지원하지 않기로 결정하면 예외가 인정된다.",
        "ko",
        "azure-first-exception",
        "contradicts",
    );
    says_in(
        "E5",
        "마이크로소프트가 원하지 않으면 오픈AI 제품은 다른 클라우드에서 먼저 나올 수 있다.",
        "ko",
        "azure-first-exception",
        "contradicts",
    );
    // Hard negatives: "even if" is no condition of the exception, and a denial of the whole
    // statement takes the exception with it; a plain denial of Azure first still contradicts.
    silent_in("E5", "MS가 지원할 수 없고 지원하지 않기로 선택하더라도 예외가 인정되지 않는다.", "ko");
    silent_in("E5", "MS가 필요한 기능을 지원하지 않기로 결정하면 예외가 인정된다는 보도는 사실이 아니다.", "ko");
    says_in("E5", "오픈AI 제품은 애저에 먼저 출시되지 않는다.", "ko", "azure-first-shipping", "contradicts");
}

/// The exception named right after the Korean condition that reads it ("…선택한 경우는 예외다",
/// "…결정하면 예외가 인정된다") is what the reading read: the queue no longer lists the term
/// stated as it is.
#[test]
fn korean_exception_named_after_its_condition_is_read() {
    assert_eq!(listed_in("E5", "MS가 필요한 기능을 지원할 수 없고 지원하지 않기로 결정하면 예외가 인정된다.", "ko"), 0);
    assert_eq!(
        listed_in(
            "E5",
            "오픈AI 제품은 애저에 먼저 출시되지만, MS가 필요한 기능을 지원할 수 없고 지원하지 않기로 선택한 경우는 예외다.",
            "ko"
        ),
        0
    );
    // An exception with no reading before it stays listed.
    assert_eq!(listed_in("E5", "MS가 동의하면 오픈AI 제품에 예외가 인정된다.", "ko"), 1);
}

/// ja-b48's stake passage: the stake held with a verb in its continuative or te-form ("株式の約
/// 49%を握り、…", "…を握っている", "…を持っている"), which the stake patterns' dictionary forms missed.
#[test]
fn japanese_stake_verb_in_continuative_form() {
    says_in(
        "E4",
        "マイクロソフトは再編後のオープンAIグループPBCの株式の約49%を握り、その評価額は約1350億ドルに達する。",
        "ja",
        "stake-percent",
        "contradicts",
    );
    says_in("E4", "マイクロソフトはオープンAIの株式の約49%を握っている。", "ja", "stake-percent", "contradicts");
    says_in("E4", "マイクロソフトはオープンAIの株式の約27%を握り、筆頭株主となる。", "ja", "stake-percent", "agrees");
    says_in("E4", "マイクロソフトはオープンAIの株式の約27%を持っている。", "ja", "stake-percent", "agrees");
    // Hard negatives: another holder's stake, and a share of profits once held.
    silent_in("E4", "ソフトバンクはオープンAIの株式の約11%を握り、マイクロソフトに次ぐ。", "ja");
    silent_in("E4", "マイクロソフトはかつて利益の49%を受け取る権利を握っていた。", "ja");
}

/// ko-b49's IP passage: the rights' deadline set to a year ("IP 권리 시한도 … 2030년으로 못
/// 박혔다", "라이선스 기한은 2030년이다"), and "못 박다" (to nail down), whose "못" denies nothing.
#[test]
fn korean_deadline_set_to_a_year() {
    for (claim, stage) in [("licence-until", "E4"), ("exclusivity-until", "E4")] {
        says_in(stage, "MS의 독점적 IP 권리 시한도 이때 2030년으로 못 박혔다.", "ko", claim, "contradicts");
    }
    says_in("E4", "MS의 오픈AI IP 라이선스 기한은 2030년이다.", "ko", "licence-until", "contradicts");
    says_in("E4", "MS의 IP 권리 시한은 2032년으로 정해졌다.", "ko", "licence-until", "agrees");
    says_in("E4", "MS의 IP 권리 시한은 2032년으로 못 박았다.", "ko", "licence-until", "agrees");
    // Hard negatives: research IP and the revenue share have deadlines of their own; an outlook
    // and a deadline not fixed state none.
    silent_in("E4", "연구 IP 권리의 시한은 2030년으로 정해졌다.", "ko");
    silent_in("E4", "수익 배분의 시한은 2030년으로 못 박혔다.", "ko");
    silent_in("E4", "MS의 IP 권리 시한이 2030년으로 앞당겨질 수 있다는 관측이 나온다.", "ko");
    silent_in("E4", "MS는 IP 권리 시한을 2030년으로 못 박지 못했다.", "ko");
}

/// zh-b48's third-party passage: API products and the rest alike on any cloud ("不论是否属于API产品，
/// 都能部署在任意云平台上") is every product, not only the non-API ones October 2025 let go.
#[test]
fn chinese_api_products_or_not_on_any_cloud_is_all_products() {
    says_in(
        "E4",
        "OpenAI还可以与第三方联合开发部分产品，而且不论是否属于API产品，都能部署在任意云平台上。",
        "zh",
        "cloud-scope",
        "contradicts",
    );
    says_in("E4", "API产品和非API产品都可以在任何云上提供。", "zh", "cloud-scope", "contradicts");
    says_in("E5", "不论是否属于API产品，都能部署在任意云平台上。", "zh", "cloud-scope", "agrees");
    // Hard negatives: only the non-API products, a denial and a hedge state no "all products".
    silent_in("E4", "只有非API产品可以部署在任意云平台上。", "zh");
    silent_in("E4", "不论是否属于API产品，OpenAI都不能部署在任意云平台上。", "zh");
    silent_in("E4", "不论是否属于API产品，据报道都能部署在任意云平台上。", "zh");
}
