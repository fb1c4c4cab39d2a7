//! Languages and scripts: what text handling needs to know about coverage in any language.
//!
//! - BCP 47 language tags (`lang` in an article's front matter, `language` in site.toml), checked
//!   against the IANA Language Subtag Registry that the `language-tags` crate carries, so that a
//!   typo (`zh_CN`, `english`, `jp`) is an error rather than a page that tells screen readers
//!   and hyphenation the wrong language.
//! - A guess of a text's language for `gloss import` (whatlang: trigram profiles for Latin
//!   scripts, where the script alone cannot tell Spanish from Portuguese).
//! - Character classes for scripts written without spaces between words (Chinese, Japanese) and
//!   their full-width sentence ends, which the importer, anchoring and the sentence splitters
//!   read instead of counting spaces.

use language_tags::LanguageTag;

/// A Han ideograph (Chinese characters, Japanese kanji, Korean hanja), with the iteration mark
/// `々` and the ideographic zero `〇`.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '\u{3005}'
        | '\u{3007}'
    )
}

/// Hiragana or katakana (full- and half-width), with the prolonged sound mark `ー`.
pub fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// A Hangul syllable or jamo.
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// A letter of a script written without spaces between words: Chinese and Japanese. (Korean
/// puts spaces between words, so Hangul is not one.)
pub fn is_unspaced(c: char) -> bool {
    is_han(c) || is_kana(c)
}

/// A wide character of Chinese or Japanese text: a letter of [`is_unspaced`], CJK punctuation
/// (`。`, `「`) or a full-width form (`！`, `（`, `２`). CSS Text 3 removes a line break between two
/// of them (East Asian Width F, W or H, Hangul aside).
pub fn is_wide(c: char) -> bool {
    is_unspaced(c)
        || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF01}'..='\u{FF60}' | '\u{FFE0}'..='\u{FFEE}')
}

/// A letter of Chinese, Japanese or Korean.
pub fn is_cjk(c: char) -> bool {
    is_han(c) || is_kana(c) || is_hangul(c)
}

/// Full-width sentence ends of Chinese and Japanese (`。！？` and the half-width `｡`): they end
/// a sentence with no space after them.
pub const FULL_WIDTH_STOPS: [char; 4] = ['。', '！', '？', '｡'];

/// Whether `c` ends a sentence in Chinese or Japanese text.
pub fn is_full_width_stop(c: char) -> bool {
    FULL_WIDTH_STOPS.contains(&c)
}

/// The direction of a language's script: `Some("rtl")` for Arabic, Hebrew, Persian, Urdu and
/// the other languages written right to left (unless the tag names another script, as `ar-Latn`
/// does), `None` for left to right. `lang` alone does not turn a page's text around: `dir` does.
pub fn direction(tag: &str) -> Option<&'static str> {
    const RTL_LANGUAGES: &[&str] = &["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr", "arc"];
    const RTL_SCRIPTS: &[&str] = &["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr"];
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default().to_ascii_lowercase();
    let script =
        subtags.find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic())).map(str::to_ascii_lowercase);
    let rtl = match script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&primary.as_str()),
    };
    rtl.then_some("rtl")
}

/// Why a language tag is refused, for a diagnostic: the message and what to write instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadTag {
    pub message: String,
    pub help: String,
}

/// Checks a BCP 47 language tag: well-formed (RFC 5646 syntax) and made of subtags the IANA
/// registry knows (`es`, `pt-BR`, `zh-Hans`, `zh-TW`, `ja`, `ko`, `ar`, `he`).
pub fn check_tag(tag: &str) -> Result<(), BadTag> {
    let example = "write a BCP 47 tag such as `en`, `es`, `pt-BR`, `de`, `fr`, `zh-Hans`, `ja`, `ko` or `ar`";
    let parsed = match LanguageTag::parse(tag) {
        Ok(parsed) => parsed,
        Err(e) => {
            let help = if tag.contains('_') {
                format!("subtags are joined by hyphens: `{}`", tag.replace('_', "-"))
            } else if let Some(code) = code_for_name(tag) {
                format!("the tag for that language is `{code}`")
            } else {
                example.to_string()
            };
            return Err(BadTag { message: format!("`{tag}` is not a BCP 47 language tag ({e})"), help });
        }
    };
    parsed.validate().map_err(|e| {
        let help = if let Some(code) = code_for_name(tag) {
            format!("the tag for that language is `{code}`")
        } else if let Some(code) = common_mistake(parsed.primary_language()) {
            format!("did you mean `{code}`?")
        } else {
            example.to_string()
        };
        BadTag { message: format!("`{tag}` is not a known language tag: {}", lowercase_first(&e.to_string())), help }
    })
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// Language names an editor may write instead of a tag.
fn code_for_name(name: &str) -> Option<&'static str> {
    const NAMES: &[(&str, &str)] = &[
        ("english", "en"),
        ("spanish", "es"),
        ("español", "es"),
        ("espanol", "es"),
        ("portuguese", "pt"),
        ("português", "pt"),
        ("portugues", "pt"),
        ("german", "de"),
        ("deutsch", "de"),
        ("french", "fr"),
        ("français", "fr"),
        ("francais", "fr"),
        ("chinese", "zh"),
        ("中文", "zh"),
        ("japanese", "ja"),
        ("日本語", "ja"),
        ("korean", "ko"),
        ("한국어", "ko"),
        ("arabic", "ar"),
        ("hebrew", "he"),
        ("italian", "it"),
        ("russian", "ru"),
    ];
    let lower = name.trim().to_lowercase();
    NAMES.iter().find(|(n, _)| *n == lower).map(|(_, code)| *code)
}

/// Country codes and old codes used where a language code belongs.
fn common_mistake(primary: &str) -> Option<&'static str> {
    match primary.to_ascii_lowercase().as_str() {
        "jp" => Some("ja"),
        "kr" => Some("ko"),
        "cn" => Some("zh"),
        "iw" => Some("he"),
        "gr" => Some("el"),
        "dk" => Some("da"),
        "se" => Some("sv"),
        "ua" => Some("uk"),
        _ => None,
    }
}

/// The language of a text, as a BCP 47 tag, when it can be told: `None` for a text too short or
/// too mixed to say. Chinese, Japanese and Korean are told by their scripts (kana is Japanese,
/// Hangul Korean, Han alone Chinese); other languages by whatlang's trigram profiles, kept only
/// when whatlang calls its answer reliable.
pub fn guess(text: &str) -> Option<String> {
    // A few thousand characters tell a language as well as a whole article, faster.
    let sample = match text.char_indices().nth(4000) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    if let Some(tag) = guess_by_script(sample) {
        return Some(tag.to_string());
    }
    let info = whatlang::detect(sample)?;
    info.is_reliable().then(|| bcp47(info.lang().code()).to_string())
}

/// Chinese, Japanese or Korean, when their letters make up a good share of the text's letters.
fn guess_by_script(text: &str) -> Option<&'static str> {
    let (mut letters, mut han, mut kana, mut hangul) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if is_han(c) {
            han += 1;
        } else if is_kana(c) {
            kana += 1;
        } else if is_hangul(c) {
            hangul += 1;
        }
    }
    // A Chinese or Japanese article names Western companies in Latin letters, but most of its
    // letters are its own; a Western article may quote a name in Han characters.
    if (han + kana + hangul) * 2 < letters || letters == 0 {
        return None;
    }
    if hangul >= han + kana {
        Some("ko")
    } else if kana * 20 >= han + kana {
        // Japanese writes its particles and endings in kana: one letter in twenty at least.
        Some("ja")
    } else {
        Some("zh")
    }
}

/// whatlang's ISO 639-3 code as a BCP 47 primary language subtag: the two-letter ISO 639-1 code
/// where there is one (BCP 47 requires the shortest), else the three-letter code.
fn bcp47(code: &'static str) -> &'static str {
    match code {
        "epo" => "eo",
        "eng" => "en",
        "rus" => "ru",
        "cmn" => "zh",
        "spa" => "es",
        "por" => "pt",
        "ita" => "it",
        "ben" => "bn",
        "fra" => "fr",
        "deu" => "de",
        "ukr" => "uk",
        "kat" => "ka",
        "ara" => "ar",
        "hin" => "hi",
        "jpn" => "ja",
        "heb" => "he",
        "yid" => "yi",
        "pol" => "pl",
        "amh" => "am",
        "jav" => "jv",
        "kor" => "ko",
        "nob" => "nb",
        "dan" => "da",
        "swe" => "sv",
        "fin" => "fi",
        "tur" => "tr",
        "nld" => "nl",
        "hun" => "hu",
        "ces" => "cs",
        "ell" => "el",
        "bul" => "bg",
        "bel" => "be",
        "mar" => "mr",
        "kan" => "kn",
        "ron" => "ro",
        "slv" => "sl",
        "hrv" => "hr",
        "srp" => "sr",
        "mkd" => "mk",
        "lit" => "lt",
        "lav" => "lv",
        "est" => "et",
        "tam" => "ta",
        "vie" => "vi",
        "urd" => "ur",
        "tha" => "th",
        "guj" => "gu",
        "uzb" => "uz",
        "pan" => "pa",
        "aze" => "az",
        "ind" => "id",
        "tel" => "te",
        "pes" => "fa",
        "mal" => "ml",
        "ori" => "or",
        "mya" => "my",
        "nep" => "ne",
        "sin" => "si",
        "khm" => "km",
        "tuk" => "tk",
        "aka" => "ak",
        "zul" => "zu",
        "sna" => "sn",
        "afr" => "af",
        "lat" => "la",
        "slk" => "sk",
        "cat" => "ca",
        "tgl" => "tl",
        "hye" => "hy",
        "cym" => "cy",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_tags_pass() {
        for tag in ["en", "es", "pt-BR", "de-CH", "fr", "zh", "zh-Hans", "zh-TW", "ja", "ko", "ar", "he", "en-GB"] {
            assert_eq!(check_tag(tag), Ok(()), "{tag}");
        }
    }

    #[test]
    fn malformed_and_unknown_tags_say_what_to_write() {
        let bad = check_tag("zh_CN").expect_err("underscore");
        assert!(bad.message.contains("not a BCP 47 language tag"), "{}", bad.message);
        assert_eq!(bad.help, "subtags are joined by hyphens: `zh-CN`");
        let bad = check_tag("english").expect_err("a name");
        assert!(bad.message.contains("not a known language tag"), "{}", bad.message);
        assert_eq!(bad.help, "the tag for that language is `en`");
        assert_eq!(check_tag("jp").expect_err("a country").help, "did you mean `ja`?");
        assert!(check_tag("xx").is_err());
        assert!(check_tag("").is_err());
        assert!(check_tag("en-").is_err());
        assert!(check_tag("de-JJ").is_err(), "an unknown region");
    }

    #[test]
    fn guesses_the_languages_of_the_coverage() {
        let cases = [
            (
                "微软与OpenAI周一宣布修改双方的合作协议。根据新协议，微软对OpenAI模型的授权将持续到2032年，但不再是独家授权。",
                "zh",
            ),
            (
                "マイクロソフトとOpenAIは月曜日、提携契約の見直しを発表した。新しい契約では、マイクロソフトのライセンスは2032年まで続く。",
                "ja",
            ),
            (
                "마이크로소프트와 오픈AI는 월요일 양사의 파트너십 계약을 수정했다고 발표했다. 새 계약에 따라 라이선스는 2032년까지 유지된다.",
                "ko",
            ),
            (
                "Microsoft y OpenAI anunciaron el lunes que han modificado su acuerdo de colaboración. Según el nuevo acuerdo, la licencia de Microsoft se mantendrá hasta 2032, pero dejará de ser exclusiva.",
                "es",
            ),
            (
                "A Microsoft e a OpenAI anunciaram na segunda-feira que alteraram o seu acordo de parceria. Segundo o novo acordo, a licença da Microsoft vai até 2032, mas deixa de ser exclusiva.",
                "pt",
            ),
            (
                "Microsoft und OpenAI haben am Montag angekündigt, ihre Partnerschaft neu zu regeln. Nach der neuen Vereinbarung gilt die Lizenz von Microsoft bis 2032, sie ist aber nicht mehr exklusiv.",
                "de",
            ),
            (
                "Microsoft et OpenAI ont annoncé lundi qu’ils modifiaient leur accord de partenariat. Selon le nouvel accord, la licence de Microsoft court jusqu’en 2032, mais elle n’est plus exclusive.",
                "fr",
            ),
            (
                "أعلنت مايكروسوفت وأوبن إيه آي يوم الاثنين تعديل اتفاقية الشراكة بينهما. وبموجب الاتفاق الجديد، يستمر ترخيص مايكروسوفت حتى عام 2032، لكنه لم يعد حصريا.",
                "ar",
            ),
            (
                "Microsoft and OpenAI said on Monday that they had changed the terms of their partnership. Under the new agreement, Microsoft's licence runs through 2032 but is no longer exclusive.",
                "en",
            ),
        ];
        for (text, lang) in cases {
            assert_eq!(guess(text).as_deref(), Some(lang), "{text}");
        }
        assert_eq!(guess("OK"), None, "too short to tell");
        assert_eq!(guess(""), None);
    }

    #[test]
    fn right_to_left_languages() {
        assert_eq!(direction("ar"), Some("rtl"));
        assert_eq!(direction("he-IL"), Some("rtl"));
        assert_eq!(direction("fa"), Some("rtl"));
        assert_eq!(direction("ar-Latn"), None);
        assert_eq!(direction("az-Arab"), Some("rtl"));
        assert_eq!(direction("en"), None);
        assert_eq!(direction("zh-Hans"), None);
    }

    #[test]
    fn script_classes() {
        assert!(is_unspaced('微') && is_unspaced('ソ') && is_unspaced('の') && !is_unspaced('마'));
        assert!(is_cjk('마') && !is_cjk('a') && !is_cjk('é') && !is_cjk('ع'));
        assert!(is_full_width_stop('。') && is_full_width_stop('？') && !is_full_width_stop('.'));
    }
}
