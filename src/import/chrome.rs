//! Site chrome: what a page carries that is not the article, recognised line by line.
//!
//! Each rule looks at one line's shape (length, end punctuation, separators) and at the
//! vocabulary sites use for their own furniture (navigation, cookie banners, share buttons,
//! comment forms, calls to action). None lists a particular site's lines. The rules that need
//! neighbours (promotion blocks, "Related" lists, author boxes) are in `clean`.

use super::lines::{ends_sentence, norm_words, normalized, word_count};

/// Why a line was left out of the article. Tests and `Cleaned::lines` report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Lines above the headline: site name, logo text, menus.
    SiteHeader,
    /// Menus, breadcrumbs, "Skip to main content".
    Navigation,
    /// Copyright and legal lines of a page's footer.
    Footer,
    /// A line of symbols only (a close button `×`, a separator).
    Symbol,
    Cookie,
    Share,
    Comments,
    /// Image placeholders, photo credits.
    Image,
    /// SEO keyword lists, "Meta Title:" and other page metadata.
    Keywords,
    Advert,
    /// "Related articles" lists and "Read more:" links.
    Related,
    /// Newsletter and promotion blocks: calls to action.
    Promotion,
    /// Author boxes: the name goes to `byline`, the rest is dropped.
    AuthorBox,
    /// A short line repeated on the page: listing chrome.
    Repeated,
    /// The headline again.
    RepeatedHeadline,
    /// A byline or date line, read into the front matter.
    Byline,
    Date,
    /// A "Meta Description:" line (the summary when the page has no dek).
    MetaDescription,
    /// The headline, read into `title`.
    Headline,
    /// The dek under the headline, read into `summary`.
    Dek,
    /// Outside the article's prose: before its first or after its last paragraph.
    OutsideArticle,
}

fn any_word(words: &[String], vocab: &[&str]) -> bool {
    words.iter().any(|w| vocab.contains(&w.as_str()))
}

/// Share of `words` found in `vocab`.
fn share_in(words: &[String], vocab: &[&str]) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    let n = words.iter().filter(|w| vocab.contains(&w.as_str())).count();
    n as f64 / words.len() as f64
}

/// The line-level rules, in order; `None` when the line may be article text. `item`: the line
/// is a list item (a menu is often a list of single words).
pub fn line_chrome(text: &str, item: bool) -> Option<Reason> {
    // Symbols, or a counter without words ("1/5", "00:00", "12").
    let letterless = !text.chars().any(char::is_alphabetic) && word_count(text) <= 2;
    if !text.chars().any(char::is_alphanumeric) || (letterless && !item) {
        return Some(Reason::Symbol);
    }
    let words = norm_words(text);
    let n = word_count(text);
    if is_navigation(text, &words, item) {
        Some(Reason::Navigation)
    } else if is_footer(text, &words) {
        Some(Reason::Footer)
    } else if is_cookie(text, &words) {
        Some(Reason::Cookie)
    } else if is_share(text, &words) {
        Some(Reason::Share)
    } else if is_comment_form(text, n) {
        Some(Reason::Comments)
    } else if is_image_placeholder(text, &words) {
        Some(Reason::Image)
    } else if is_keyword_list(text) {
        Some(Reason::Keywords)
    } else if is_advert(text) {
        Some(Reason::Advert)
    } else if is_read_more(text, n) {
        Some(Reason::Related)
    } else if is_strong_cta(text) {
        Some(Reason::Promotion)
    } else {
        None
    }
}

const NAV_WORDS: &[&str] = &[
    "skip",
    "to",
    "main",
    "content",
    "navigation",
    "nav",
    "menu",
    "search",
    "home",
    "homepage",
    "news",
    "about",
    "us",
    "contact",
    "login",
    "log",
    "in",
    "sign",
    "out",
    "up",
    "register",
    "account",
    "my",
    "subscribe",
    "sections",
    "section",
    "topics",
    "categories",
    "close",
    "open",
    "toggle",
    "back",
    "top",
    "more",
    "latest",
    "trending",
    "podcasts",
    "podcast",
    "videos",
    "video",
    "newsletters",
    "opinion",
    "business",
    "tech",
    "technology",
    "science",
    "sport",
    "sports",
    "world",
    "politics",
    "culture",
    "health",
    "markets",
    "jobs",
    "events",
    "shop",
    "store",
    "blog",
    "help",
    "privacy",
    "policy",
    "terms",
    "careers",
    "advertise",
    "rss",
    "go",
    "next",
    "previous",
    "prev",
    "page",
    "site",
    "accessibility",
    "edition",
    "local",
    "weather",
    "live",
    "tv",
    "radio",
];

/// Words that make a menu on their own, whereas "News" alone may be a section of an article.
const NAV_SINGLE: &[&str] = &["menu", "search", "home", "login", "navigation", "sections", "subscribe", "close"];

/// Menus and breadcrumbs: no sentence, made of site-section words, or of short items joined by
/// separators such as `|`, `·`, `›`.
fn is_navigation(text: &str, words: &[String], item: bool) -> bool {
    if ends_sentence(text) || words.len() > 30 {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let separators = tokens.iter().filter(|w| matches!(**w, "|" | "/" | "·" | "•")).count();
    let arrows = tokens.iter().filter(|w| matches!(**w, "›" | "»" | ">")).count();
    if (separators >= 2 && words.len() <= 4 * (separators + 1)) || (arrows >= 1 && words.len() <= 8) {
        return true;
    }
    if words.len() == 1 {
        let vocab = if item { NAV_WORDS } else { NAV_SINGLE };
        return vocab.contains(&words[0].as_str());
    }
    let lower = text.to_lowercase();
    lower.starts_with("skip to") || share_in(words, NAV_WORDS) >= 0.8 && !lower.contains(':')
}

/// A footer's copyright and legal lines: "© 2026 Example Media", "All rights reserved",
/// "Privacy Policy | Terms of Use".
fn is_footer(text: &str, words: &[String]) -> bool {
    const LEGAL: &[&str] = &[
        "privacy",
        "policy",
        "terms",
        "of",
        "use",
        "service",
        "conditions",
        "cookie",
        "cookies",
        "notice",
        "imprint",
        "impressum",
        "legal",
        "accessibility",
        "statement",
        "sitemap",
        "contact",
        "us",
        "about",
        "and",
        "do",
        "not",
        "sell",
        "my",
        "personal",
        "information",
    ];
    let lower = text.to_lowercase();
    words.len() <= 20
        && (text.contains('©')
            || lower.contains("all rights reserved")
            || lower.starts_with("copyright ")
            || (!ends_sentence(text)
                && share_in(words, LEGAL) >= 0.8
                && any_word(words, &["privacy", "terms", "imprint", "impressum", "legal"])))
}

const COOKIE_CONTEXT: &[&str] = &[
    "accept",
    "consent",
    "we use",
    "uses cookies",
    "privacy",
    "preferences",
    "by continuing",
    "experience",
    "settings",
    "third-party",
    "partners",
];
const BUTTON_WORDS: &[&str] = &[
    "accept",
    "all",
    "reject",
    "decline",
    "agree",
    "i",
    "ok",
    "okay",
    "got",
    "it",
    "manage",
    "preferences",
    "settings",
    "cookie",
    "cookies",
    "allow",
    "deny",
    "dismiss",
    "customize",
    "customise",
    "necessary",
    "only",
    "essential",
    "options",
];

/// Cookie banners: a line about cookies with consent vocabulary, or its buttons
/// ("Accept all", "Manage preferences").
fn is_cookie(text: &str, words: &[String]) -> bool {
    let lower = text.to_lowercase();
    if lower.contains("cookie") && COOKIE_CONTEXT.iter().any(|c| lower.contains(c)) {
        return true;
    }
    let buttons = ["accept", "reject", "decline", "agree", "allow", "dismiss", "got", "manage"];
    words.len() <= 4 && share_in(words, BUTTON_WORDS) == 1.0 && any_word(words, &buttons)
}

const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "tweet",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "email",
    "e-mail",
    "whatsapp",
    "reddit",
    "pinterest",
    "telegram",
    "print",
    "copy",
    "link",
    "copied",
    "this",
    "article",
    "story",
    "post",
    "page",
    "on",
    "via",
    "mail",
    "threads",
    "bluesky",
    "mastodon",
    "flipboard",
    "messenger",
    "save",
    "bookmark",
    "gift",
    "url",
    "the",
];
const SHARE_CORE: &[&str] = &[
    "share",
    "copy",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "telegram",
    "email",
    "print",
    "bookmark",
    "bluesky",
    "mastodon",
];

/// Share buttons: a short line made of share vocabulary ("Share this article",
/// "Facebook Twitter LinkedIn Email").
fn is_share(text: &str, words: &[String]) -> bool {
    !ends_sentence(text) && words.len() <= 10 && share_in(words, SHARE_WORDS) >= 0.75 && any_word(words, SHARE_CORE)
}

const COMMENT_PHRASES: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "comments are closed",
    "required fields are marked",
    "will not be published",
    "save my name",
    "post comment",
    "to comment",
    "join the discussion",
    "join the conversation",
    "cancel reply",
    "comment policy",
    "show comments",
    "view comments",
    "no comments yet",
    "be the first to comment",
];

/// Comment forms: their fixed phrases, or a count such as "12 Comments".
pub fn is_comment_form(text: &str, words: usize) -> bool {
    let lower = text.to_lowercase();
    if words <= 25 && COMMENT_PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    let w = norm_words(text);
    w.len() == 2
        && w[0].chars().all(|c| c.is_ascii_digit())
        && matches!(w[1].as_str(), "comment" | "comments" | "replies" | "responses")
}

const IMAGE_WORDS: &[&str] = &[
    "image",
    "images",
    "photo",
    "photos",
    "photograph",
    "picture",
    "pic",
    "illustration",
    "graphic",
    "thumbnail",
    "figure",
    "img",
    "gallery",
    "video",
    "caption",
    "credit",
    "credits",
    "placeholder",
];

/// Image placeholders and credits: "Home Image", "Featured image", "Photo: Getty Images",
/// "[Image: …]". The page's text survived; its pictures did not, and their labels mean nothing.
fn is_image_placeholder(text: &str, words: &[String]) -> bool {
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let first = words[0].as_str();
    let last = words[words.len() - 1].as_str();
    let bracketed = (text.starts_with('[') && text.ends_with(']')) || (text.starts_with('(') && text.ends_with(')'));
    let labelled = text.split_once(':').is_some_and(|(label, _)| word_count(label) <= 2)
        || text.to_lowercase().starts_with(&format!("{first} by "));
    (IMAGE_WORDS.contains(&first) && (words.len() <= 3 || labelled && (words.len() <= 5 || !ends_sentence(text))))
        || (IMAGE_WORDS.contains(&last) && words.len() <= 4 && !ends_sentence(text))
        || (bracketed && any_word(words, IMAGE_WORDS))
}

const KEYWORD_LABELS: &[&str] = &[
    "keywords",
    "keyword",
    "tags",
    "tagged",
    "topics",
    "seo",
    "phrases",
    "keyphrase",
    "keyphrases",
    "hashtags",
    "categories",
    "filed",
];

/// Labels of a page's metadata fields (the description is read as the summary instead).
const PAGE_METADATA_LABELS: &[&str] = &[
    "meta title",
    "meta keywords",
    "meta tags",
    "seo title",
    "seo description",
    "seo keywords",
    "slug",
    "url slug",
    "focus keyword",
    "focus keyphrase",
];

/// SEO keyword lists ("Key SEO phrases included: a, b, c"), tag lists, hashtag lines, and page
/// metadata labels ("Meta Title:", "Slug:"): the site's search-engine furniture.
fn is_keyword_list(text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if tokens.len() >= 2 && tokens.iter().all(|t| t.starts_with('#') && t.len() > 1) {
        return true;
    }
    let lower = text.to_lowercase();
    if ["posted in ", "filed under ", "tagged ", "tagged with "].iter().any(|p| lower.starts_with(p))
        && !ends_sentence(text)
        && word_count(text) <= 15
    {
        return true;
    }
    let Some((label, list)) = text.split_once(':') else {
        return false;
    };
    let label_words = norm_words(label);
    if label_words.is_empty() || label_words.len() > 6 {
        return false;
    }
    let lower = label_words.join(" ");
    if PAGE_METADATA_LABELS.contains(&lower.as_str()) {
        return true;
    }
    let items: Vec<&str> = list.split(',').map(str::trim).collect();
    any_word(&label_words, KEYWORD_LABELS)
        && items.len() >= 2
        && items.iter().all(|i| !i.is_empty() && word_count(i) <= 6)
}

/// The value of a "Meta Description:" line.
pub fn meta_description(text: &str) -> Option<&str> {
    let (label, value) = text.split_once(':')?;
    let value = value.trim();
    (label.trim().eq_ignore_ascii_case("meta description") && !value.is_empty()).then_some(value)
}

const ADVERT_LINES: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "paid content",
    "promoted",
    "partner content",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "continue reading below",
    "scroll to continue",
    "scroll to continue with content",
    "listen to this article",
    "listen to this story",
    "listen",
    "play",
    "pause",
    "audio",
];

/// Advertising labels: a line that is only "Advertisement" or "Story continues below".
fn is_advert(text: &str) -> bool {
    let words = norm_words(text).join(" ");
    ADVERT_LINES.contains(&words.as_str())
}

const READ_MORE_PREFIXES: &[&str] = &[
    "read more:",
    "read also:",
    "also read:",
    "related:",
    "see also:",
    "read next:",
    "recommended:",
    "more:",
    "watch:",
    "listen:",
    "related article:",
    "related story:",
    "more on this:",
];

/// Links to other articles: "Read more: …", "Related: …", or a bare "Read more".
fn is_read_more(text: &str, words: usize) -> bool {
    let lower = normalized(text);
    words <= 25 && READ_MORE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || matches!(
            norm_words(text).join(" ").as_str(),
            "read more" | "continue reading" | "read the full article" | "read full article"
        )
}

const CTA_PHRASES: &[&str] = &[
    "subscribe",
    "newsletter",
    "sign up",
    "sign-up",
    "signup",
    "your inbox",
    "join our",
    "follow us",
    "free trial",
    "get started",
    "create an account",
    "create a free account",
    "register now",
    "download the app",
    "download our app",
    "become a member",
    "support our journalism",
    "support our work",
];

/// Words that open a call to action: an imperative addressed to the reader.
const CTA_OPENERS: &[&str] = &[
    "get",
    "turn",
    "join",
    "sign",
    "subscribe",
    "download",
    "grab",
    "claim",
    "unlock",
    "register",
    "follow",
    "share",
    "click",
    "tap",
    "start",
    "try",
    "stay",
    "keep",
    "never",
    "don't",
    "don’t",
    "discover",
    "learn",
    "explore",
    "read",
    "watch",
    "listen",
    "ready",
    "want",
    "like",
    "enjoy",
    "become",
    "upgrade",
    "support",
    "donate",
    "contact",
    "book",
    "schedule",
    "request",
    "see",
    "check",
];

const SECOND_PERSON: &[&str] = &["you", "your", "you’ll", "you'll", "we", "our", "us", "we’ll", "we'll"];

/// A call to action that names the site's own products (newsletter, subscription, account) and
/// speaks to the reader: short, or imperative, or in the second person. A news sentence that
/// mentions subscribers in the third person is not one.
pub fn is_strong_cta(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = norm_words(text);
    if words.len() > 30 || !CTA_PHRASES.iter().any(|p| lower.contains(p)) {
        return false;
    }
    words.len() <= 8
        || words.first().is_some_and(|w| CTA_OPENERS.contains(&w.as_str()))
        || any_word(&words, SECOND_PERSON)
}

/// A short imperative or second-person line: a call to action when it sits next to one that
/// names a product, or after the article's last paragraph.
pub fn is_weak_cta(text: &str) -> bool {
    let words = norm_words(text);
    if words.is_empty() || words.len() > 20 {
        return false;
    }
    let lower = text.to_lowercase();
    CTA_OPENERS.contains(&words[0].as_str())
        || ["this article", "this post", "our take", "our latest", "the latest news"].iter().any(|p| lower.contains(p))
}

const RELATED_LABELS: &[&str] = &[
    "related",
    "related articles",
    "related posts",
    "related stories",
    "related news",
    "related content",
    "related reading",
    "read more",
    "read next",
    "more stories",
    "more news",
    "more on this",
    "more on this story",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "recommended",
    "recommended for you",
    "recommended articles",
    "recommended stories",
    "most read",
    "most popular",
    "popular",
    "popular posts",
    "popular now",
    "trending",
    "trending now",
    "latest",
    "latest news",
    "latest posts",
    "latest stories",
    "also read",
    "see also",
    "keep reading",
    "up next",
    "what to read next",
    "editor's picks",
    "editor’s picks",
    "editors picks",
    "top stories",
];

/// The title of a list of other articles ("Related articles", "More from …", "Most read").
pub fn is_related_label(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim_end_matches(':').trim();
    RELATED_LABELS.contains(&lower) || (lower.starts_with("more from ") && word_count(lower) <= 6)
}

const AUTHOR_LABELS: &[&str] = &[
    "author",
    "authors",
    "about the author",
    "about the authors",
    "about author",
    "written by",
    "posted by",
    "by",
    "contributor",
    "contributors",
];

/// The title of an author box ("Author", "About the author").
pub fn is_author_label(text: &str) -> bool {
    let lower = normalized(text);
    AUTHOR_LABELS.contains(&lower.trim_end_matches(':').trim())
}

const BIO_WORDS: &[&str] = &[
    "writes",
    "covers",
    "reporter",
    "journalist",
    "editor",
    "correspondent",
    "contributor",
    "writer",
    "author",
    "columnist",
    "analyst",
    "based",
    "previously",
    "focus",
];

/// An author's biography in an author box: a paragraph about someone who writes.
pub fn is_bio(text: &str) -> bool {
    let words = norm_words(text);
    words.len() <= 120
        && (any_word(&words, BIO_WORDS) || words.first().is_some_and(|w| matches!(w.as_str(), "he" | "she" | "they")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(line: &str) -> Option<Reason> {
        line_chrome(line, false)
    }

    #[test]
    fn navigation_and_symbols() {
        assert_eq!(reason("×"), Some(Reason::Symbol));
        assert_eq!(reason("Skip to main content"), Some(Reason::Navigation));
        assert_eq!(reason("Home | World | Business"), Some(Reason::Navigation));
        assert_eq!(reason("Home › Tech › AI"), Some(Reason::Navigation));
        assert_eq!(reason("News Sport Business Culture"), Some(Reason::Navigation));
        assert_eq!(reason("Menu"), Some(Reason::Navigation));
        assert_eq!(reason("Technology › Artificial intelligence"), Some(Reason::Navigation));
        assert_eq!(reason("© 2026 Example Media. All rights reserved."), Some(Reason::Footer));
        assert_eq!(reason("Privacy Policy | Terms of Use"), Some(Reason::Footer));
        assert!(reason("Privacy Policy").is_some());
        assert_eq!(reason("Copy link"), Some(Reason::Share));
        assert_eq!(reason("FAQ"), None);
        assert_eq!(line_chrome("About", true), Some(Reason::Navigation));
        assert_eq!(reason("About"), None);
        assert_eq!(reason("Market outlook"), None);
        assert_eq!(reason("Background on the strategic alliance"), None);
    }

    #[test]
    fn banners_buttons_and_forms() {
        assert_eq!(
            reason("We use cookies to improve your experience. By continuing you accept them."),
            Some(Reason::Cookie)
        );
        assert_eq!(reason("Accept all"), Some(Reason::Cookie));
        assert_eq!(reason("Share this article"), Some(Reason::Share));
        assert_eq!(reason("Facebook Twitter LinkedIn Email"), Some(Reason::Share));
        assert_eq!(reason("Leave a Reply"), Some(Reason::Comments));
        assert_eq!(reason("12 Comments"), Some(Reason::Comments));
        assert_eq!(
            reason("Your email address will not be published. Required fields are marked *"),
            Some(Reason::Comments)
        );
        assert_eq!(reason("Advertisement"), Some(Reason::Advert));
        assert_eq!(reason("Read more: Another story entirely"), Some(Reason::Related));
    }

    #[test]
    fn images_and_keywords() {
        assert_eq!(reason("Home Image"), Some(Reason::Image));
        assert_eq!(reason("Photo: Getty Images"), Some(Reason::Image));
        assert_eq!(reason("[Image: a chart]"), Some(Reason::Image));
        assert_eq!(
            reason("Key SEO phrases included: Microsoft OpenAI partnership, AI governance, AGI."),
            Some(Reason::Keywords)
        );
        assert_eq!(reason("Tags: AI, Cloud, Microsoft"), Some(Reason::Keywords));
        assert_eq!(reason("#AI #Cloud"), Some(Reason::Keywords));
        assert_eq!(reason("Meta Title: A title"), Some(Reason::Keywords));
        assert_eq!(reason("Operational flexibility: The memorandum would allow OpenAI to restructure."), None);
        assert_eq!(meta_description("Meta Description: The summary."), Some("The summary."));
    }

    #[test]
    fn calls_to_action() {
        assert!(is_strong_cta("No fluff. No generic AI listicles. Unsubscribe anytime."));
        assert!(is_strong_cta("Join the newsletter for future-economy playbooks and tool recommendations."));
        assert!(!is_strong_cta(
            "Netflix said customers who subscribe to the cheaper plan will see more adverts than before."
        ));
        assert!(is_weak_cta("Get the next blueprint before it becomes common advice."));
        assert!(is_weak_cta("Ready to live more and work less?"));
        assert!(!is_weak_cta("Microsoft remains OpenAI’s primary cloud partner."));
    }
}
