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
    // Spanish
    "inicio",
    "portada",
    "noticias",
    "buscar",
    "menú",
    "secciones",
    "economía",
    "tecnología",
    "internacional",
    "opinión",
    "deportes",
    "sociedad",
    "política",
    "ciencia",
    "salud",
    "iniciar",
    "sesión",
    "registrarse",
    "contacto",
    "ayuda",
    "últimas",
    "más",
    "vídeos",
    // Portuguese
    "início",
    "notícias",
    "pesquisar",
    "economia",
    "tecnologia",
    "mundo",
    "esportes",
    "desporto",
    "cultura",
    "ciência",
    "saúde",
    "opinião",
    "entrar",
    "assine",
    "assinar",
    "últimas",
    // German
    "startseite",
    "nachrichten",
    "politik",
    "wirtschaft",
    "digital",
    "wissen",
    "kultur",
    "meinung",
    "panorama",
    "suche",
    "anmelden",
    "abmelden",
    "abonnieren",
    "abo",
    "registrieren",
    "mehr",
    "kontakt",
    "hilfe",
    "ressorts",
    "menü",
    // French
    "accueil",
    "actualités",
    "économie",
    "politique",
    "société",
    "sciences",
    "idées",
    "rechercher",
    "recherche",
    "connecter",
    "connexion",
    "se",
    "s’abonner",
    "s'abonner",
    "abonnez-vous",
    "vidéos",
    "plus",
    // Chinese
    "首页",
    "新闻",
    "科技",
    "财经",
    "国际",
    "国内",
    "评论",
    "体育",
    "娱乐",
    "文化",
    "社会",
    "军事",
    "视频",
    "专题",
    "搜索",
    "登录",
    "注册",
    "订阅",
    "菜单",
    "更多",
    // Japanese
    "ホーム",
    "ニュース",
    "経済",
    "政治",
    "社会",
    "国際",
    "テクノロジー",
    "スポーツ",
    "エンタメ",
    "科学",
    "動画",
    "特集",
    "検索",
    "ログイン",
    "会員登録",
    "新規登録",
    "メニュー",
    "速報",
    "ランキング",
    // Korean
    "홈",
    "뉴스",
    "정치",
    "경제",
    "사회",
    "국제",
    "it·과학",
    "과학",
    "문화",
    "스포츠",
    "연예",
    "오피니언",
    "검색",
    "로그인",
    "회원가입",
    "구독",
    "메뉴",
    "전체메뉴",
    "포토",
    "영상",
    // Arabic
    "الرئيسية",
    "أخبار",
    "اقتصاد",
    "تكنولوجيا",
    "رياضة",
    "منوعات",
    "سياسة",
    "ثقافة",
    "صحة",
    "علوم",
    "فيديو",
    "بحث",
    "تسجيل",
    "الدخول",
    "اشترك",
    "القائمة",
    "المزيد",
    "رأي",
];

/// Words that make a menu on their own, whereas "News" alone may be a section of an article.
const NAV_SINGLE: &[&str] = &[
    "menu",
    "search",
    "home",
    "login",
    "navigation",
    "sections",
    "subscribe",
    "close",
    // the same, in the other languages of the coverage
    "menú",
    "buscar",
    "inicio",
    "portada",
    "secciones",
    "pesquisar",
    "início",
    "entrar",
    "assine",
    "suche",
    "startseite",
    "anmelden",
    "abonnieren",
    "menü",
    "rechercher",
    "accueil",
    "s’abonner",
    "s'abonner",
    "首页",
    "搜索",
    "登录",
    "菜单",
    "ホーム",
    "検索",
    "ログイン",
    "メニュー",
    "홈",
    "검색",
    "로그인",
    "메뉴",
    "구독",
    "الرئيسية",
    "بحث",
    "القائمة",
];

/// Menus and breadcrumbs: no sentence, made of site-section words, or of short items joined by
/// separators such as `|`, `·`, `›`.
fn is_navigation(text: &str, words: &[String], item: bool) -> bool {
    if ends_sentence(text) || words.len() > 30 {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let separators = tokens.iter().filter(|w| matches!(**w, "|" | "/" | "·" | "•" | "｜")).count();
    let arrows = tokens.iter().filter(|w| matches!(**w, "›" | "»" | ">")).count();
    if (separators >= 2 && words.len() <= 4 * (separators + 1)) || (arrows >= 1 && words.len() <= 8) {
        return true;
    }
    let lower = text.to_lowercase();
    if SKIP_LINKS.iter().any(|s| lower.starts_with(s)) {
        return true;
    }
    if words.len() == 1 {
        let vocab = if item { NAV_WORDS } else { NAV_SINGLE };
        return vocab.contains(&words[0].as_str());
    }
    share_in(words, NAV_WORDS) >= 0.8 && !lower.contains([':', '：'])
}

/// "Skip to main content" links, in the languages of the coverage.
const SKIP_LINKS: &[&str] = &[
    "skip to",
    "ir al contenido",
    "saltar al contenido",
    "pular para o conteúdo",
    "ir para o conteúdo",
    "zum inhalt",
    "direkt zum inhalt",
    "aller au contenu",
    "passer au contenu",
    "跳到",
    "跳转到",
    "メインコンテンツへ",
    "本文へ",
    "본문 바로가기",
    "본문으로",
    "تخطى إلى",
    "انتقل إلى المحتوى",
];

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
        // Spanish, Portuguese, German, French
        "aviso",
        "política",
        "privacidad",
        "condiciones",
        "términos",
        "uso",
        "contacto",
        "privacidade",
        "termos",
        "política",
        "datenschutz",
        "nutzungsbedingungen",
        "agb",
        "kontakt",
        "mentions",
        "légales",
        "confidentialité",
        "utilisation",
        "générales",
        "de",
        "y",
        "e",
        "und",
        "et",
        // Chinese, Japanese, Korean, Arabic
        "隐私政策",
        "使用条款",
        "联系我们",
        "关于我们",
        "プライバシーポリシー",
        "利用規約",
        "お問い合わせ",
        "개인정보처리방침",
        "이용약관",
        "회사소개",
        "سياسة",
        "الخصوصية",
        "شروط",
        "الاستخدام",
        "اتصل",
        "بنا",
    ];
    let lower = text.to_lowercase();
    words.len() <= 20
        && (text.contains('©')
            || RIGHTS_RESERVED.iter().any(|r| lower.contains(r))
            || lower.starts_with("copyright ")
            || (!ends_sentence(text) && share_in(words, LEGAL) >= 0.8 && any_word(words, LEGAL_CORE)))
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
    // Spanish, Portuguese, German, French
    "acept",
    "consentimiento",
    "navegando",
    "navegación",
    "experiencia",
    "privacidad",
    "terceros",
    "configur",
    "concorda",
    "aceit",
    "experiência",
    "privacidade",
    "zustimm",
    "einwillig",
    "akzeptier",
    "datenschutz",
    "nutzererlebnis",
    "einstellungen",
    "accept",
    "consentement",
    "navigation",
    "expérience",
    "confidentialité",
    "paramétr",
    // Chinese, Japanese, Korean, Arabic
    "同意",
    "接受",
    "隐私",
    "浏览",
    "閲覧",
    "プライバシー",
    "동의",
    "이용",
    "개인정보",
    "توافق",
    "الخصوصية",
    "التصفح",
    "موافق",
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
    // Spanish, Portuguese, German, French
    "aceptar",
    "todas",
    "todo",
    "rechazar",
    "configurar",
    "ajustes",
    "preferencias",
    "gestionar",
    "aceitar",
    "recusar",
    "todos",
    "preferências",
    "gerenciar",
    "alle",
    "akzeptieren",
    "ablehnen",
    "zustimmen",
    "einstellungen",
    "verwalten",
    "nur",
    "notwendige",
    "tout",
    "accepter",
    "refuser",
    "paramétrer",
    "personnaliser",
    "gérer",
    "continuer",
    "sans",
    "j’accepte",
    "j'accepte",
    // Chinese, Japanese, Korean, Arabic
    "接受",
    "全部接受",
    "拒绝",
    "同意",
    "我同意",
    "管理偏好",
    "设置",
    "偏好设置",
    "同意する",
    "拒否",
    "設定",
    "すべて許可",
    "동의",
    "동의합니다",
    "거부",
    "설정",
    "모두",
    "허용",
    "موافق",
    "قبول",
    "رفض",
    "الإعدادات",
    "أوافق",
];

/// "All rights reserved" in the languages of the coverage.
const RIGHTS_RESERVED: &[&str] = &[
    "all rights reserved",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "版权所有",
    "版權所有",
    "無断転載",
    "무단전재",
    "무단 전재",
    "جميع الحقوق محفوظة",
];

/// The words that make a line of legal words a footer rather than a sentence about privacy.
const LEGAL_CORE: &[&str] = &[
    "privacy",
    "terms",
    "imprint",
    "impressum",
    "legal",
    "privacidad",
    "privacidade",
    "datenschutz",
    "agb",
    "confidentialité",
    "légales",
    "隐私政策",
    "使用条款",
    "プライバシーポリシー",
    "利用規約",
    "개인정보처리방침",
    "이용약관",
    "الخصوصية",
];

/// Cookie banners: a line about cookies with consent vocabulary, or its buttons
/// ("Accept all", "Manage preferences").
fn is_cookie(text: &str, words: &[String]) -> bool {
    let lower = text.to_lowercase();
    let cookie = ["cookie", "クッキー", "쿠키", "كوكيز", "ملفات تعريف الارتباط"].iter().any(|c| lower.contains(c));
    if cookie && COOKIE_CONTEXT.iter().any(|c| lower.contains(c)) {
        return true;
    }
    let buttons = [
        "accept",
        "reject",
        "decline",
        "agree",
        "allow",
        "dismiss",
        "got",
        "manage",
        "aceptar",
        "rechazar",
        "configurar",
        "aceitar",
        "recusar",
        "akzeptieren",
        "ablehnen",
        "zustimmen",
        "accepter",
        "refuser",
        "paramétrer",
        "接受",
        "拒绝",
        "同意",
        "管理偏好",
        "同意する",
        "拒否",
        "동의",
        "거부",
        "موافق",
        "قبول",
        "رفض",
    ];
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
    // Spanish, Portuguese, German, French
    "compartir",
    "en",
    "por",
    "enviar",
    "copiar",
    "enlace",
    "imprimir",
    "correo",
    "compartilhe",
    "compartilhar",
    "partilhar",
    "e-mail",
    "teilen",
    "artikel",
    "kopieren",
    "drucken",
    "per",
    "merken",
    "partager",
    "sur",
    "envoyer",
    "par",
    "copier",
    "le",
    "lien",
    "imprimer",
    "courriel",
    // Chinese, Korean, Arabic
    "分享",
    "分享到",
    "シェア",
    "微信",
    "微博",
    "qq",
    "qq空间",
    "复制链接",
    "朋友圈",
    "공유",
    "공유하기",
    "카카오톡",
    "카카오스토리",
    "페이스북",
    "트위터",
    "링크복사",
    "네이버",
    "밴드",
    "شارك",
    "مشاركة",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "نسخ",
    "الرابط",
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
    "x",
    "e-mail",
    "compartir",
    "copiar",
    "imprimir",
    "compartilhe",
    "compartilhar",
    "partilhar",
    "teilen",
    "kopieren",
    "drucken",
    "partager",
    "copier",
    "imprimer",
    "分享",
    "分享到",
    "シェア",
    "微信",
    "微博",
    "复制链接",
    "공유",
    "공유하기",
    "카카오톡",
    "링크복사",
    "شارك",
    "مشاركة",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "نسخ",
];

/// Share buttons: a short line made of share vocabulary ("Share this article",
/// "Facebook Twitter LinkedIn Email").
fn is_share(text: &str, words: &[String]) -> bool {
    if ends_sentence(text) || words.len() > 10 {
        return false;
    }
    // Japanese and Chinese buttons are unspaced: "Facebookでシェア", "LINEで送る", "分享到：".
    let button = word_count(text) <= 6
        && (SHARE_OPENS.iter().any(|p| text.starts_with(p)) || SHARE_ENDS.iter().any(|p| text.ends_with(p)));
    button || share_in(words, SHARE_WORDS) >= 0.75 && any_word(words, SHARE_CORE)
}

/// How Chinese, Japanese and Korean share buttons start: the verb first.
const SHARE_OPENS: &[&str] = &["分享到", "分享至", "シェアする", "ツイート", "공유하기"];

/// How Japanese share buttons end: "Xでシェア", "LINEで送る". ("シェア" alone in a longer word
/// is a market share: "シェア拡大" is a heading.)
const SHARE_ENDS: &[&str] = &["でシェア", "で送る", "でシェアする"];

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
    // Spanish, Portuguese, German, French
    "deja un comentario",
    "deja tu comentario",
    "no será publicada",
    "no será publicado",
    "campos obligatorios",
    "deixe seu comentário",
    "deixe um comentário",
    "não será publicado",
    "kommentar schreiben",
    "wird nicht veröffentlicht",
    "laisser un commentaire",
    "ne sera pas publiée",
    "ne sera pas publié",
    // Chinese, Japanese, Korean, Arabic
    "发表评论",
    "不会被公开",
    "必填项",
    "コメントを書く",
    "コメントする",
    "公開されることはありません",
    "댓글을 입력",
    "댓글 쓰기",
    "أضف تعليق",
    "لن يتم نشر",
];

/// Comment forms: their fixed phrases, or a count such as "12 Comments".
pub fn is_comment_form(text: &str, words: usize) -> bool {
    let lower = text.to_lowercase();
    if words <= 25 && COMMENT_PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    let w = norm_words(text);
    let count = |n: &String| n.chars().all(|c| c.is_ascii_digit());
    let counted = w.len() == 2 && (count(&w[0]) && COMMENT_WORDS.contains(&w[1].as_str()))
        || w.len() == 2 && (count(&w[1]) && COMMENT_WORDS.contains(&w[0].as_str()));
    // "3条评论": a count and the word, unspaced.
    let unspaced = w.len() == 1 && ["条评论", "件のコメント", "개의 댓글"].iter().any(|s| w[0].ends_with(s));
    counted || unspaced || (w.len() == 1 && COMMENT_WORDS[4..].contains(&w[0].as_str()))
}

/// A count of comments names them ("12 Comments", "댓글 0"); alone, one of these words after
/// the first four is the comments' title ("Kommentare", "التعليقات").
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "replies",
    "responses",
    "comentarios",
    "comentário",
    "comentários",
    "kommentare",
    "kommentar",
    "commentaires",
    "commentaire",
    "评论",
    "コメント",
    "댓글",
    "التعليقات",
    "تعليقات",
];

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
    // Spanish, Portuguese, German, French
    "foto",
    "fotos",
    "fotografía",
    "imagen",
    "imágenes",
    "vídeo",
    "ilustración",
    "gráfico",
    "imagem",
    "imagens",
    "ilustração",
    "bild",
    "bilder",
    "grafik",
    "photos",
    "crédit",
    "vidéo",
    // Chinese, Japanese, Korean, Arabic
    "图片",
    "图",
    "资料图",
    "图源",
    "视频",
    "摄影",
    "写真",
    "画像",
    "イラスト",
    "動画",
    "사진",
    "그래픽",
    "영상",
    "صورة",
    "الصورة",
    "صور",
    "فيديو",
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
    // "Photo: …", "Foto : …", "图片：…", and Korean "사진=…", whose label is no word of its own.
    let label = text.split_once([':', '：', '=']).map(|(label, _)| label);
    let labelled =
        label.is_some_and(|label| word_count(label) <= 2) || text.to_lowercase().starts_with(&format!("{first} by "));
    let label_word = label.and_then(|l| norm_words(l).into_iter().next());
    let image_first = IMAGE_WORDS.contains(&first) || label_word.is_some_and(|w| IMAGE_WORDS.contains(&w.as_str()));
    (image_first && (words.len() <= 3 || labelled && (words.len() <= 5 || !ends_sentence(text))))
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
    "etiquetas",
    "temas",
    "palabras",
    "clave",
    "marcadores",
    "assuntos",
    "schlagworte",
    "schlagwörter",
    "themen",
    "stichworte",
    "mots-clés",
    "mots",
    "clés",
    "thèmes",
    "标签",
    "关键词",
    "タグ",
    "キーワード",
    "태그",
    "키워드",
    "الوسوم",
    "وسوم",
    "كلمات",
    "مفتاحية",
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
    let Some((label, list)) = text.split_once([':', '：']) else {
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
    let items: Vec<&str> = list.split([',', '，', '、', '،']).map(str::trim).collect();
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
    "publicidad",
    "anuncio",
    "publicidade",
    "anúncio",
    "anzeige",
    "werbung",
    "publicité",
    "广告",
    "広告",
    "광고",
    "إعلان",
    "اعلان",
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
    "lee también:",
    "lea también:",
    "leer más:",
    "te puede interesar:",
    "leia também:",
    "leia mais:",
    "veja também:",
    "lesen sie auch:",
    "mehr zum thema:",
    "auch interessant:",
    "lire aussi :",
    "lire aussi:",
    "à lire aussi :",
    "voir aussi :",
    "相关阅读：",
    "相关阅读:",
    "延伸阅读：",
    "推荐阅读：",
    "関連記事：",
    "関連記事:",
    "あわせて読みたい：",
    "관련기사:",
    "관련기사 :",
    "관련 기사:",
    "اقرأ أيضا:",
    "اقرأ أيضاً:",
    "اقرأ أيضا :",
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
    // Spanish, Portuguese, German, French
    "suscríbete",
    "suscribirte",
    "suscribirse",
    "suscripción",
    "boletín",
    "tu correo",
    "regístrate",
    "assine",
    "cadastre-se",
    "inscreva-se",
    "seu e-mail",
    "abonnieren",
    "jetzt registrieren",
    "newsletter-anmeldung",
    "inscrivez-vous",
    "abonnez-vous",
    "votre boîte",
    "en vous inscrivant",
    // Chinese, Japanese, Korean, Arabic
    "订阅",
    "新闻简报",
    "您的邮箱",
    "你的邮箱",
    "立即注册",
    "ニュースレター",
    "購読",
    "メールでお届け",
    "会員登録",
    "뉴스레터",
    "구독",
    "이메일로 받아",
    "اشترك",
    "النشرة البريدية",
    "نشرتنا",
    "بريدك الإلكتروني",
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
    // Spanish, Portuguese, German, French, Arabic
    "recibe",
    "suscríbete",
    "regístrate",
    "descarga",
    "síguenos",
    "únete",
    "lee",
    "apúntate",
    "receba",
    "cadastre-se",
    "inscreva-se",
    "baixe",
    "siga",
    "leia",
    "quero",
    "jetzt",
    "melden",
    "erhalten",
    "zur",
    "recevez",
    "inscrivez-vous",
    "abonnez-vous",
    "téléchargez",
    "suivez",
    "lisez",
    "découvrez",
    "rejoignez",
    "احصل",
    "اشترك",
    "سجل",
    "تابعنا",
];

const SECOND_PERSON: &[&str] = &[
    "you", "your", "you’ll", "you'll", "we", "our", "us", "we’ll", "we'll", "tu", "tus", "te", "usted", "nuestra",
    "nuestro", "nuestros", "você", "seu", "sua", "nossa", "nosso", "ihr", "ihre", "ihnen", "du", "dein", "unser",
    "unsere", "vous", "votre", "vos", "nous", "notre", "nos",
];

/// A call to action that names the site's own products (newsletter, subscription, account) and
/// speaks to the reader: short, or imperative, or in the second person. A news sentence that
/// mentions subscribers in the third person is not one.
pub fn is_strong_cta(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = norm_words(text);
    if words.len() > 30 || !CTA_PHRASES.iter().any(|p| lower.contains(p)) {
        return false;
    }
    // A short Chinese, Japanese or Korean sentence may name a subscription (订阅, 구독) as news.
    let short = word_count(text) <= 8 && !(ends_sentence(text) && text.chars().any(crate::lang::is_cjk));
    short
        || words.first().is_some_and(|w| CTA_OPENERS.contains(&w.as_str()))
        || any_word(&words, SECOND_PERSON)
        || ADDRESSED.iter().any(|p| lower.contains(p))
}

/// Words that speak to the reader where there are no spaces to find a word by ("您", "あなた"),
/// and polite imperatives and offers that only a call to action uses ("받아보세요", "お届けします").
const ADDRESSED: &[&str] = &[
    "您",
    "你",
    "あなた",
    "皆様",
    "여러분",
    "당신",
    "세요",
    "お届けします",
    "jetzt kostenlos",
    "kostenlos abonnieren",
];

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
        || CJK_CTA_OPENERS.iter().any(|p| text.starts_with(p))
}

/// How Chinese, Japanese and Korean calls to action start: "立即订阅", "今すぐ登録", "지금 구독".
const CJK_CTA_OPENERS: &[&str] =
    &["立即", "马上", "点击", "扫码", "关注我们", "下载", "订阅", "今すぐ", "登録", "購読", "지금", "구독", "다운로드"];

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
    // Spanish, Portuguese, German, French
    "noticias relacionadas",
    "te puede interesar",
    "también te puede interesar",
    "lo más leído",
    "más noticias",
    "relacionadas",
    "veja também",
    "leia também",
    "notícias relacionadas",
    "mais lidas",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "meistgelesen",
    "weitere artikel",
    "auch interessant",
    "à lire aussi",
    "lire aussi",
    "sur le même sujet",
    "les plus lus",
    "articles liés",
    // Chinese, Japanese, Korean, Arabic
    "相关文章",
    "相关新闻",
    "相关阅读",
    "推荐阅读",
    "热门文章",
    "延伸阅读",
    "猜你喜欢",
    "関連記事",
    "関連ニュース",
    "おすすめ記事",
    "人気記事",
    "アクセスランキング",
    "많이 본 뉴스",
    "관련기사",
    "관련 기사",
    "추천 기사",
    "인기 기사",
    "أخبار ذات صلة",
    "مقالات ذات صلة",
    "اقرأ أيضا",
    "الأكثر قراءة",
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
    "sobre el autor",
    "sobre la autora",
    "autor",
    "autora",
    "sobre o autor",
    "sobre a autora",
    "über den autor",
    "über die autorin",
    "autorin",
    "à propos de l’auteur",
    "à propos de l'auteur",
    "à propos de l’autrice",
    "l’auteur",
    "auteur",
    "作者简介",
    "作者",
    "关于作者",
    "この記事を書いた人",
    "著者",
    "筆者",
    "著者プロフィール",
    "기자 프로필",
    "글쓴이",
    "عن الكاتب",
    "الكاتب",
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
    "redactor",
    "redactora",
    "periodista",
    "corresponsal",
    "cubre",
    "escribe",
    "editora",
    "colaborador",
    "colaboradora",
    "repórter",
    "jornalista",
    "correspondente",
    "cobre",
    "escreve",
    "redakteur",
    "redakteurin",
    "journalistin",
    "korrespondent",
    "korrespondentin",
    "berichtet",
    "schreibt",
    "autorin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
    "couvre",
    "écrit",
    "spécialiste",
];

/// An author's biography in an author box: a paragraph about someone who writes.
pub fn is_bio(text: &str) -> bool {
    let words = norm_words(text);
    let pronoun = |w: &String| {
        matches!(w.as_str(), "he" | "she" | "they" | "él" | "ella" | "ele" | "ela" | "er" | "sie" | "il" | "elle")
    };
    // Chinese, Japanese, Korean and Arabic words for a journalist, found inside longer words.
    let unspaced =
        ["记者", "编辑", "撰稿", "記者", "担当", "取材", "기자", "취재", "에디터", "صحفي", "مراسل", "كاتب", "محرر"];
    word_count(text) <= 120
        && (any_word(&words, BIO_WORDS)
            || words.first().is_some_and(pronoun)
            || unspaced.iter().any(|w| text.contains(w)))
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
