//! Round 30b (Korean): the blind article ko-b45, its misses' classes, each with sentences written
//! for the class, wrong and right.

use super::*;

/// ko-b45's consumer-hardware passage: the device said to fall within Microsoft's IP rights with
/// "범위에 들어간다", a verb whose stem "들어가" fuses with its ending in one syllable.
#[test]
fn korean_fused_verb_stem_of_entering_the_ip_scope() {
    says_in(
        "E4",
        "오픈AI가 외부 디자이너와 함께 개발 중인 소비자용 기기도 MS의 IP 권리 범위에 들어간다.",
        "ko",
        "consumer-hardware",
        "contradicts",
    );
    says_in(
        "E4",
        "오픈AI의 소비자용 하드웨어도 MS 지식재산권의 적용 대상에 들어간다.",
        "ko",
        "consumer-hardware",
        "contradicts",
    );
    // Negated, it states the term.
    says_in(
        "E4",
        "오픈AI의 소비자용 하드웨어는 MS의 IP 권리 범위에 들어가지 않는다.",
        "ko",
        "consumer-hardware",
        "agrees",
    );
    // The hardware excluded, the device named first ("기기는 … 범위에서 제외된다", "빠진다").
    says_in("E4", "오픈AI의 소비자용 기기는 MS의 IP 권리 범위에서 제외된다.", "ko", "consumer-hardware", "agrees");
    says_in("E4", "소비자용 하드웨어는 MS의 IP 권리 대상에서 빠진다.", "ko", "consumer-hardware", "agrees");
    // Hard negative: an outlook is no statement.
    silent_in("E4", "MS의 지식재산권은 오픈AI의 소비자용 하드웨어에도 들어갈 전망이다.", "ko");
}

/// ko-b45's national-security passage: serving those customers "must go through Azure"
/// ("애저를 거쳐야 한다", "애저를 통해야"), Azure as a passage rather than a place.
#[test]
fn korean_azure_as_a_passage_one_must_go_through() {
    says_in(
        "E4",
        "미국 정부의 국가안보 관련 고객에게 API를 제공할 때는 여전히 애저를 거쳐야 한다.",
        "ko",
        "national-security",
        "contradicts",
    );
    says_in(
        "E4",
        "오픈AI는 미국 국가안보 고객에게 애저를 통해서만 API를 제공할 수 있다.",
        "ko",
        "national-security",
        "contradicts",
    );
    says_in(
        "E4",
        "오픈AI는 국가안보 고객에게 클라우드와 관계없이 API를 제공할 수 있다.",
        "ko",
        "national-security",
        "agrees",
    );
    // Hard negative: no longer through Azure.
    silent_in("E4", "국가안보 고객에게 API를 제공할 때도 이제는 애저를 거칠 필요가 없다.", "ko");
}

/// ko-b45's Microsoft-AGI passage: AGI research "only within the framework of the partnership
/// with OpenAI" ("오픈AI와의 협력 틀 안에서만") is AGI only with OpenAI.
#[test]
fn korean_agi_only_within_the_openai_partnership() {
    says_in(
        "E4",
        "MS 역시 AGI 연구는 오픈AI와의 협력 틀 안에서만 진행할 수 있다.",
        "ko",
        "microsoft-agi",
        "contradicts",
    );
    says_in(
        "E4",
        "마이크로소프트는 AGI 개발을 오픈AI와의 파트너십 범위 안에서만 할 수 있다.",
        "ko",
        "microsoft-agi",
        "contradicts",
    );
    // Hard negative: outside the partnership, on its own.
    says_in(
        "E4",
        "MS는 이제 오픈AI와의 협력 틀 밖에서도 독자적으로 AGI를 추구할 수 있다.",
        "ko",
        "microsoft-agi",
        "agrees",
    );
}

/// ko-b45's queue: context sentences whose only subject word lies inside the words an agreeing
/// reading read ("MS가 보유한 … 지분의 가치는 약 1350억 달러", "연구 IP 권리는 … 2030년 가운데
/// 먼저 오는 때까지", "기기는 MS의 IP 권리 범위에서 제외된다"): in Korean a reading spans its
/// clause, and the subject word it read names no other term left unread. A reading that holds a
/// restriction of its own ("연구 부문에 한해서만 독점 클라우드") stays listed.
#[test]
fn korean_subject_words_inside_an_agreeing_reading_are_read() {
    for text in [
        "MS가 보유한 오픈AI 그룹 PBC 지분의 가치는 약 1350억 달러로, 희석 기준 약 27%에 해당한다.",
        "모델 개발에 쓰이는 기밀 방법론을 뜻하는 연구 IP 권리는 전문가 패널이 AGI를 검증하는 시점과 2030년 가운데 먼저 오는 때까지 유지된다.",
        "오픈AI의 소비자용 기기는 MS의 IP 권리 범위에서 제외된다.",
    ] {
        assert_eq!(listed_in("E4", text, "ko"), 0, "{text}");
    }
    // A restriction inside the reading keeps the sentence listed.
    assert_eq!(
        listed_in(
            "E2",
            "이번 발표에 따르면 MS 애저는 앞으로 오픈AI의 연구 부문에 한해서만 독점 클라우드 역할을 맡는다.",
            "ko"
        ),
        1
    );
    // A subject word outside the reading still counts.
    assert_eq!(
        listed_in(
            "E4",
            "MS의 모델·제품 IP 권리는 2032년까지 연장됐고, 안전장치를 전제로 AGI 이후 모델까지 포함하게 됐다.",
            "ko"
        ),
        1
    );
}

/// ko-b45's announcement passage: the final agreement's terms made public ("최종 합의 내용을
/// 공개했다") or the agreement closed ("최종 계약을 타결했다") say a final agreement exists.
#[test]
fn korean_final_agreement_made_public_is_final() {
    says_in("E4", "양사는 28일 공식 블로그에 글을 올리고 최종 합의 내용을 공개했다.", "ko", "deal-final", "agrees");
    says_in("E4", "두 회사는 지난달 최종 계약을 타결했다.", "ko", "deal-final", "agrees");
    // In coverage of the memorandum, a final agreement already made public is wrong.
    says_in(
        "E3",
        "양사는 28일 공식 블로그에 글을 올리고 최종 합의 내용을 공개했다.",
        "ko",
        "deal-final",
        "contradicts",
    );
    // Hard negative: not yet made public states nothing.
    silent_in("E3", "양사는 아직 최종 합의 내용을 공개하지 않았다.", "ko");
}
