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
