//! Coverage in other languages, built end to end: an article's `lang` on its page, its
//! validation, and notes anchored in Chinese text.

use crate::fixture::*;

/// A digest in English with a Chinese and a Spanish article, and notes between them.
fn two_languages() -> Fixture {
    let f = Fixture::new();
    f.article(
        "wei-ruan-xie-yi",
        "title = \"微软与OpenAI修改合作协议\"\nsource = \"科技日报\"\npublished = 2026-04-28\nlang = \"zh\"",
        "微软与OpenAI周一宣布修改双方的合作协议。根据新协议，微软的授权将持续到2032年，并且仍是独家授权。\n\n分析人士认为，这一变化影响深远。",
    );
    f.article(
        "acuerdo",
        "title = \"Microsoft y OpenAI cambian su acuerdo\"\nsource = \"Diario Digital\"\npublished = 2026-04-29\nlang = \"es\"",
        "Según el nuevo acuerdo, la licencia de Microsoft se mantiene hasta 2032, pero deja de ser exclusiva.",
    );
    f.write(
        "content/annotations/wei-ruan-xie-yi.toml",
        "[[note]]\nquote = \"并且仍是独家授权\"\nkind = \"contradicts-source\"\nsource = \"acuerdo\"\nsource_quote = \"deja de ser exclusiva\"\ntext = \"The licence is no longer exclusive.\"\n",
    );
    f
}

#[test]
fn an_article_page_says_its_language_and_its_notes_say_theirs() {
    let f = two_languages();
    f.build();
    let zh = f.read("public/articles/wei-ruan-xie-yi/index.html");
    assert!(zh.contains("<html lang=\"en\">"), "the page's chrome stays in the site's language");
    assert!(zh.contains("<h1 lang=\"zh\">微软与OpenAI修改合作协议</h1>"), "{zh}");
    assert!(zh.contains("<div class=\"article-body\" lang=\"zh\">"), "{zh}");
    // The note is the editors' English, inside Chinese text; it quotes Spanish.
    assert!(zh.contains("<mark class=\"quoted\">并且仍是独家授权</mark><span class=\"note note-contradicts-source\" id=\"n1\" lang=\"en\" dir=\"ltr\">"), "{zh}");
    assert!(zh.contains("<q lang=\"es\">deja de ser exclusiva</q>"), "{zh}");
    assert!(zh.contains("<span lang=\"es\">Microsoft y OpenAI cambian su acuerdo</span>"), "the pager's title: {zh}");
    assert!(zh.contains("\"inLanguage\":\"zh\""), "ClaimReview names the language of the article reviewed");
    let es = f.read("public/articles/acuerdo/index.html");
    assert!(es.contains("<div class=\"article-body\" lang=\"es\">"), "{es}");
    // The back-note quotes the Chinese passage.
    assert!(es.contains("<q lang=\"zh\">并且仍是独家授权</q>"), "{es}");
    let index = f.read("public/index.html");
    assert!(index.contains("<html lang=\"en\">"));
}

#[test]
fn an_article_in_the_site_language_needs_no_lang_anywhere() {
    let f = Fixture::new();
    f.article("plain", "title = \"Plain\"", "Body text.");
    f.write("content/annotations/plain.toml", "[[note]]\nquote = \"Body\"\nkind = \"context\"\ntext = \"A note.\"\n");
    f.build();
    let page = f.read("public/articles/plain/index.html");
    assert!(page.contains("<h1>Plain</h1>") && page.contains("<div class=\"article-body\">"), "{page}");
    assert!(page.contains("id=\"n1\"><input"), "no lang on the note: {page}");
    f.article("english", "title = \"English\"\nlang = \"en-GB\"", "Colour.");
    f.write(
        "content/annotations/english.toml",
        "[[note]]\nquote = \"Colour\"\nkind = \"context\"\ntext = \"A note.\"\n",
    );
    f.build();
    let page = f.read("public/articles/english/index.html");
    assert!(page.contains("<div class=\"article-body\" lang=\"en-GB\">"), "{page}");
    assert!(page.contains("id=\"n1\" lang=\"en\" dir=\"ltr\"><input"), "en-GB is not the site's en: {page}");
}

/// Arabic reads right to left: its words say so with `dir`, the editors' notes inside say they
/// read left to right, and listings turn the article's title and quotes around too.
#[test]
fn an_arabic_article_reads_right_to_left() {
    let f = Fixture::new();
    f.article(
        "ar",
        "title = \"مايكروسوفت وأوبن إيه آي تعدلان شراكتهما\"\nsummary = \"الترخيص حتى 2032.\"\nlang = \"ar\"",
        "وستحتفظ مايكروسوفت بترخيص حتى عام 2032، لكنه لن يكون حصريا بعد الآن.",
    );
    f.write(
        "content/annotations/ar.toml",
        "[[note]]\nquote = \"لن يكون حصريا\"\nkind = \"context\"\ntext = \"Non-exclusive since April 2026.\"\n",
    );
    f.build();
    let page = f.read("public/articles/ar/index.html");
    assert!(page.contains("<h1 lang=\"ar\" dir=\"rtl\">"), "{page}");
    assert!(page.contains("<div class=\"article-body\" lang=\"ar\" dir=\"rtl\">"), "{page}");
    assert!(page.contains("<mark class=\"quoted\">لن يكون حصريا</mark><span class=\"note note-context\" id=\"n1\" lang=\"en\" dir=\"ltr\">"), "{page}");
    let index = f.read("public/index.html");
    assert!(index.contains("<p class=\"dek\" lang=\"ar\" dir=\"rtl\">الترخيص حتى 2032.</p>"), "{index}");
}

#[test]
fn an_unknown_or_malformed_lang_is_an_error_at_its_line() {
    let f = Fixture::new();
    f.article("one", "title = \"One\"\nlang = \"jp\"", "Text.");
    f.article("two", "title = \"Two\"\nsource = \"S\"\nlang = \"pt_BR\"", "Text.");
    let out = f.gloss(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stdout(&out);
    assert!(err.contains("content/articles/one.md:3:1: `jp` is not a known language tag"), "{err}");
    assert!(err.contains("did you mean `ja`?"), "{err}");
    assert!(err.contains("content/articles/two.md:4:1: `pt_BR` is not a BCP 47 language tag"), "{err}");
    assert!(err.contains("subtags are joined by hyphens: `pt-BR`"), "{err}");
}

#[test]
fn site_language_is_checked_too() {
    let f = Fixture::new();
    f.write("site.toml", "title = \"T\"\nlanguage = \"Deutsch\"\n");
    let out = f.gloss(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stdout(&out);
    assert!(err.contains("site.toml:2:1"), "{err}");
    assert!(err.contains("the tag for that language is `de`"), "{err}");
}

/// A Chinese article on the real terms: its years with counters are timeline mentions.
fn on_the_real_terms() -> Fixture {
    let f = two_languages();
    let terms =
        std::fs::read_to_string(repo_root().join("tests/fixtures/terms.toml")).expect("tests/fixtures/terms.toml");
    f.write("content/terms.toml", &terms);
    f
}

#[test]
fn cjk_years_are_timeline_mentions_quoted_in_their_language() {
    let f = on_the_real_terms();
    f.build();
    let timeline = f.read("public/timeline/index.html");
    assert!(
        timeline.contains("<blockquote class=\"tl-passage\" lang=\"zh\"><p>根据新协议，微软的授权将持续<mark class=\"tl-phrase\">到2032年</mark>，并且仍是独家授权。</p></blockquote>"),
        "{timeline}"
    );
    assert!(timeline.contains("<mark class=\"tl-phrase\">hasta 2032</mark>"), "{timeline}");
    // The mention's link target sits at the second sentence, which starts right after 。.
    let zh = f.read("public/articles/wei-ruan-xie-yi/index.html");
    assert!(
        zh.contains("周一宣布修改双方的合作协议。<span class=\"mention-start\" id=\"m1-2\"></span>根据新协议"),
        "{zh}"
    );
    let index = f.read("public/index.html");
    assert!(
        index.contains("<a href=\"articles/wei-ruan-xie-yi/index.html\" lang=\"zh\">微软与OpenAI修改合作协议</a>"),
        "{index}"
    );
}

/// The built-in rows write `lang` exactly as the default row templates do.
#[test]
fn built_in_rows_equal_the_default_row_templates_for_articles_in_other_languages() {
    let f = on_the_real_terms();
    f.write(
        "content/articles/acuerdo.md",
        &f.read("content/articles/acuerdo.md")
            .replace("lang = \"es\"", "lang = \"es\"\nsummary = \"Un resumen.\"\nevent = \"E5\""),
    );
    f.write(
        "content/annotations/acuerdo.toml",
        "[[note]]\nquote = \"pero deja de ser exclusiva\"\nkind = \"contradicts-terms\"\nterm = \"e5-license-through-2032\"\ntext = \"Correct.\"\n",
    );
    let build = |out: &str| {
        let o = f.gloss(&["build", "--output", f.path(out).to_str().expect("utf-8"), "--build-date", "2026-11-23"]);
        assert!(o.status.success(), "{}", stderr(&o));
    };
    build("built-in");
    let rows = [
        "index-item.html",
        "feed-entry.xml",
        "sitemap-url.xml",
        "sources-row.html",
        "terms-article.html",
        "timeline-article.html",
    ];
    for name in rows {
        let text = std::fs::read_to_string(repo_root().join("templates").join(name)).expect("row template");
        f.write(&format!("templates/{name}"), &text);
    }
    build("templated");
    for page in
        ["index.html", "feed.xml", "sitemap.xml", "sources/index.html", "terms/index.html", "timeline/index.html"]
    {
        assert_eq!(f.read(&format!("built-in/{page}")), f.read(&format!("templated/{page}")), "{page}");
    }
    let terms = f.read("built-in/terms/index.html");
    assert!(terms.contains("<q lang=\"es\">pero deja de ser exclusiva</q>"), "{terms}");
    assert!(f.read("built-in/index.html").contains("<p class=\"dek\" lang=\"es\">Un resumen.</p>"));
}

/// A Chinese paragraph wrapped in the source reads as one run: a quote across the wrap anchors
/// without a space, the page shows none, and a near miss gets a did-you-mean in characters.
#[test]
fn a_quote_across_a_wrapped_chinese_line_anchors_and_a_near_miss_is_located() {
    let f = Fixture::new();
    f.article("zh", "title = \"协议\"\nlang = \"zh\"", "双方周一宣布修改合作\n协议。微软的授权将持续到2032年。");
    f.write(
        "content/annotations/zh.toml",
        "[[note]]\nquote = \"修改合作协议\"\nkind = \"context\"\ntext = \"Amended, not replaced.\"\n",
    );
    f.build();
    let page = f.read("public/articles/zh/index.html");
    assert!(
        page.contains(
            "<p>双方周一宣布<span class=\"quote-start\" id=\"q1\"></span><mark class=\"quoted\">修改合作协议</mark>"
        ),
        "{page}"
    );
    f.write(
        "content/annotations/zh.toml",
        "[[note]]\nquote = \"微软的授权将持续到2030年\"\nkind = \"context\"\ntext = \"x\"\n",
    );
    let out = f.gloss(&["check"]);
    let text = stdout(&out);
    assert!(text.contains("content/annotations/zh.toml:2: the quote is not in content/articles/zh.md"), "{text}");
    assert!(text.contains("did you mean '微软的授权将持续到2032年' (paragraph 1, 93% similar)?"), "{text}");
}

/// What the digest's rules (their test copy, tests/fixtures/terms.toml) read in one sentence of a language, at an
/// event's stage: (claim, contradicts).
fn read_real(event: &str, text: &str, lang: &str) -> Vec<(String, bool)> {
    use std::sync::LazyLock;
    static RULES: LazyLock<(gloss::content::terms::Terms, gloss::checks::Checker)> = LazyLock::new(|| {
        let text =
            std::fs::read_to_string(repo_root().join("tests/fixtures/terms.toml")).expect("tests/fixtures/terms.toml");
        let terms = gloss::content::terms::parse(&text, std::path::Path::new("content/terms.toml")).expect("terms");
        let checker = gloss::checks::Checker::new(&terms).expect("the rules compile");
        (terms, checker)
    });
    let (terms, checker) = &*RULES;
    let date = terms.event(event).expect("event").date;
    gloss::checks::check_blocks(checker, terms, &[gloss::checks::Block::prose(0, text)], date, Some(lang))
        .into_iter()
        .map(|f| (checker.claims[f.claim].id.clone(), !f.agrees))
        .collect()
}

/// The third round's forms in every language, wrong and right: an exemption that reverses "any
/// cloud", Azure as the only cloud with a restrictive particle (Japanese しか…ない is no
/// negation), a memorandum binding as a predicate, a majority stake.
#[test]
fn exemptions_only_azure_binding_memoranda_and_majorities_in_every_language() {
    let wrong = [
        (
            "E5",
            "de",
            "OpenAI darf seine Produkte nun über jeden Cloud-Anbieter verkaufen, außer über Google.",
            "cloud-exclusivity",
        ),
        ("E5", "zh", "OpenAI现在可以通过任何云服务商向客户提供其全部产品，但谷歌云除外。", "cloud-exclusivity"),
        ("E5", "ko", "오픈AI는 이제 구글을 제외한 모든 클라우드에서 제품을 제공할 수 있다.", "cloud-exclusivity"),
        ("E5", "ja", "OpenAIの製品は引き続きAzureでしか提供できない。", "cloud-exclusivity"),
        ("E5", "ko", "오픈AI 제품은 여전히 애저에서만 제공된다.", "cloud-exclusivity"),
        ("E5", "zh", "OpenAI的产品仍然只能在Azure上提供。", "cloud-exclusivity"),
        ("E5", "de", "OpenAI bleibt für seine Produkte weiterhin an Azure gebunden.", "cloud-exclusivity"),
        ("E3", "es", "El memorando firmado en septiembre es vinculante para ambas partes.", "mou-binding"),
        ("E3", "de", "Die im September unterzeichnete Absichtserklärung ist rechtlich bindend.", "mou-binding"),
        ("E3", "zh", "双方9月签署的谅解备忘录具有法律约束力。", "mou-binding"),
        ("E3", "ja", "9月に署名された覚書には法的拘束力がある。", "mou-binding"),
        ("E3", "ko", "9월에 체결된 양해각서는 법적 구속력이 있다.", "mou-binding"),
        ("E4", "de", "Microsoft besitzt nun die Mehrheit an OpenAI.", "shareholder"),
        ("E4", "ja", "マイクロソフトはOpenAIの過半数の株式を握る。", "shareholder"),
        ("E4", "ko", "마이크로소프트는 오픈AI 지분 과반을 확보했다.", "shareholder"),
        ("E5", "fr", "Microsoft a cédé toutes ses parts dans OpenAI.", "shareholder"),
    ];
    for (event, lang, text, claim) in wrong {
        let r = read_real(event, text, lang);
        assert!(r.iter().any(|(c, bad)| c == claim && *bad), "{lang}: {text}: {r:?}");
    }
    let right = [
        ("E5", "de", "OpenAI darf seine Produkte nun über jeden Cloud-Anbieter verkaufen."),
        ("E5", "zh", "OpenAI现在可以通过任何云服务商向客户提供其全部产品。"),
        ("E3", "pt", "O memorando de entendimento assinado em setembro não é vinculante."),
        ("E3", "ja", "9月に署名された覚書には法的拘束力がない。"),
        ("E3", "ko", "9월에 체결된 양해각서는 법적 구속력이 없다."),
        ("E5", "ja", "OpenAIはAzure以外のクラウドでも製品を提供できる。"),
        ("E5", "es", "Microsoft sigue siendo un gran accionista de OpenAI."),
    ];
    for (event, lang, text) in right {
        let r = read_real(event, text, lang);
        assert!(r.iter().all(|(_, bad)| !bad), "{lang}: {text}: {r:?}");
    }
}

/// Whether the review queue lists `text` (read with the digest's own rules at `event`).
fn queued_real(event: &str, text: &str, lang: &str) -> bool {
    let terms_text =
        std::fs::read_to_string(repo_root().join("tests/fixtures/terms.toml")).expect("tests/fixtures/terms.toml");
    let terms = gloss::content::terms::parse(&terms_text, std::path::Path::new("content/terms.toml")).expect("terms");
    let checker = gloss::checks::Checker::new(&terms).expect("the rules compile");
    let date = terms.event(event).expect("event").date;
    let blocks = [gloss::checks::Block::prose(0, text)];
    let found = gloss::checks::check_blocks(&checker, &terms, &blocks, date, Some(lang));
    let judged: Vec<gloss::checks::review::Judged> =
        found.iter().map(|f| gloss::checks::review::Judged::of(&checker, f)).collect();
    !gloss::checks::review::queue(&checker, &terms, &blocks, date, Some(lang), &judged, &[]).is_empty()
}

/// The fourth round's forms, wrong and right, in sentences of our own: "only on Azure" in each
/// language's word order, "all clouds" with an exemption, the year of an earlier stage before a
/// comma, a headline's subject before a comma, German verb-final clauses and amounts before
/// "wert", "whether" clauses that name who decides, stopping payment from a year, and the
/// Portuguese reflexive "se" (no "if") beside the conditional "se" (still a hedge).
#[test]
fn fourth_round_word_orders_and_verb_forms_in_every_language() {
    let wrong = [
        ("E5", "es", "Los servicios de OpenAI se ofrecerán solo a través de Azure.", "cloud-exclusivity"),
        ("E5", "pt", "Os modelos da OpenAI continuarão restritos ao Azure.", "cloud-exclusivity"),
        ("E5", "fr", "OpenAI ne pourra vendre ses modèles que sur Azure.", "cloud-exclusivity"),
        ("E5", "de", "OpenAI darf seine Modelle auch künftig ausschließlich über Azure anbieten.", "cloud-exclusivity"),
        (
            "E5",
            "es",
            "OpenAI podrá ofrecer sus modelos en todas las nubes, menos en la de Google.",
            "cloud-exclusivity",
        ),
        (
            "E5",
            "de",
            "OpenAI darf seine Modelle bei allen Cloud-Anbietern verkaufen, mit Ausnahme von Google.",
            "cloud-exclusivity",
        ),
        ("E5", "zh", "2019年，微软向OpenAI注资50亿美元。", "investment-2019"),
        ("E5", "pt", "Em julho de 2019, a Microsoft investiu US$ 2 bilhões na OpenAI.", "investment-2019"),
        ("E4", "ko", "마이크로소프트, 오픈AI 지분 45% 보유", "stake-percent"),
        ("E4", "fr", "Microsoft récupère 40 % du capital d'OpenAI.", "stake-percent"),
        ("E4", "de", "Microsofts Beteiligung ist etwa 90 Milliarden Dollar wert.", "stake-value"),
        ("E5", "de", "Fest steht, dass OpenAI bis 2033 einen Anteil an Microsoft abführt.", "revenue-share-until"),
        ("E5", "fr", "OpenAI cessera de payer Microsoft dès 2029.", "revenue-share-until"),
        ("E5", "es", "OpenAI dejará de pagar a Microsoft en 2028.", "revenue-share-until"),
        ("E4", "zh", "AGI是否达成将由OpenAI自行判断。", "agi-verification"),
        ("E4", "ja", "AGIに達したかどうかはOpenAIが独自に判断する。", "agi-verification"),
        ("E4", "de", "Ob die AGI erreicht ist, bestimmt künftig OpenAI allein.", "agi-verification"),
        ("E4", "fr", "OpenAI ne pourra pas concevoir de produits avec des tiers.", "third-party-development"),
        (
            "E3",
            "es",
            "La participación de la fundación sin ánimo de lucro será de unos 40.000 millones de dólares.",
            "nonprofit-stake",
        ),
        ("E3", "pt", "A participação da fundação na PBC ficará abaixo de US$ 60 bilhões.", "nonprofit-stake"),
        ("E4", "pt", "A OpenAI se comprometeu a comprar US$ 100 bilhões em serviços do Azure.", "azure-commitment"),
        ("E4", "zh", "国家安全客户只能使用Azure。", "national-security"),
        ("E5", "fr", "Azure restera le seul fournisseur de cloud d'OpenAI.", "cloud-exclusivity"),
        ("E5", "de", "Azure bleibt der einzige Cloud-Anbieter von OpenAI.", "cloud-exclusivity"),
        ("E4", "pt", "A OpenAI não poderá atender clientes de segurança nacional fora do Azure.", "national-security"),
    ];
    for (event, lang, text, claim) in wrong {
        let r = read_real(event, text, lang);
        assert!(r.iter().any(|(c, bad)| c == claim && *bad), "{lang}: {text}: {r:?}");
    }
    let right = [
        ("E5", "es", "OpenAI podrá ofrecer sus modelos en todas las nubes."),
        ("E5", "fr", "OpenAI pourra vendre ses modèles sur tous les clouds."),
        ("E5", "de", "OpenAI darf seine Modelle bei allen Cloud-Anbietern verkaufen."),
        ("E5", "pt", "As APIs desenvolvidas com terceiros continuam restritas ao Azure."),
        ("E5", "zh", "2019年，微软向OpenAI投资了10亿美元。"),
        ("E4", "fr", "Microsoft récupère 27 % du capital d'OpenAI."),
        ("E4", "de", "Microsofts Beteiligung ist rund 135 Milliarden Dollar wert."),
        ("E5", "fr", "OpenAI cessera de payer Microsoft en 2030."),
        ("E4", "fr", "OpenAI pourra désormais développer certains produits avec des tiers."),
        ("E3", "es", "La participación de la fundación sin ánimo de lucro superará los 100.000 millones de dólares."),
        ("E4", "pt", "A OpenAI se comprometeu a comprar US$ 250 bilhões em serviços do Azure."),
        ("E4", "pt", "A Microsoft perderia o acesso se a OpenAI comprasse US$ 300 bilhões em serviços do Azure."),
        ("E4", "ja", "OpenAIは国家安全保障関連の顧客に、クラウド事業者を問わずAPIを提供できる。"),
        ("E4", "es", "OpenAI podrá atender a clientes de seguridad nacional en cualquier nube."),
        ("E5", "es", "Azure sigue siendo el principal proveedor de nube de OpenAI."),
    ];
    for (event, lang, text) in right {
        let r = read_real(event, text, lang);
        assert!(r.iter().all(|(_, bad)| !bad), "{lang}: {text}: {r:?}");
    }
}

/// The queue names the right of first refusal, third parties, national security, control of
/// OpenAI and payments in every language, so a sentence no phrasing reads still reaches the editor; a sentence of context
/// with none of them, no party and no value does not.
#[test]
fn the_queue_names_subjects_in_every_language() {
    for (event, lang, text) in [
        ("E4", "pt", "Sobre o direito de preferência da Microsoft, nada foi dito."),
        ("E4", "de", "Um das Vorkaufsrecht von Microsoft wurde bis zuletzt gerungen."),
        ("E4", "fr", "Les produits conçus avec des tiers pourront tourner ailleurs."),
        ("E4", "es", "Los clientes de seguridad nacional quedan fuera del acuerdo."),
        ("E4", "zh", "国家安全客户的问题仍在讨论中。"),
        ("E4", "de", "Microsoft übernimmt die Kontrolle über OpenAI."),
        ("E5", "ja", "支払いの条件は明らかにされていない。"),
    ] {
        assert!(queued_real(event, text, lang), "{lang}: {text}");
    }
    for (event, lang, text) in [
        ("E4", "fr", "Un tiers des salariés travaille désormais à distance."),
        ("E4", "pt", "O mercado reagiu com cautela na segunda-feira."),
    ] {
        assert!(!queued_real(event, text, lang), "{lang}: {text}");
    }
}

/// The fifth round, wrong and right: a right of first refusal kept in the passive ("foi mantido"
/// is no earlier stage), German verb-second order after a fronted word, and shares counted in
/// tenths ("3割", "4할") with a coarse bound: roughly 30% agrees with 27%, 40% does not.
#[test]
fn passives_verb_second_and_tenths_in_every_language() {
    let wrong = [
        ("E4", "pt", "O direito de preferência da Microsoft foi mantido.", "rofr"),
        ("E5", "pt", "Na emenda, foi mantido o direito de preferência da Microsoft.", "rofr"),
        ("E4", "es", "El derecho de preferencia de Microsoft se mantiene.", "rofr"),
        ("E4", "fr", "Le droit de préemption de Microsoft a été maintenu.", "rofr"),
        ("E4", "de", "Zudem behält Microsoft sein Vorkaufsrecht für neue Rechenkapazität.", "rofr"),
        ("E4", "ja", "マイクロソフトの出資比率は約4割になる。", "stake-percent"),
        ("E4", "ko", "마이크로소프트의 지분은 약 4할이다.", "stake-percent"),
        // Found since the twelfth round (it was held in the queue before): 四成 is 40%.
        ("E4", "zh", "微软持有的股份约占四成。", "stake-percent"),
    ];
    for (event, lang, text, claim) in wrong {
        let r = read_real(event, text, lang);
        assert!(r.iter().any(|(c, bad)| c == claim && *bad), "{lang}: {text}: {r:?}");
    }
    let right = [
        ("E4", "pt", "O direito de preferência da Microsoft foi eliminado."),
        ("E4", "de", "Zudem hat Microsoft kein Vorkaufsrecht mehr."),
        ("E4", "ja", "マイクロソフトの出資比率は約3割になる。"),
        ("E4", "ko", "마이크로소프트의 지분은 약 3할이다."),
    ];
    for (event, lang, text) in right {
        let r = read_real(event, text, lang);
        assert!(r.iter().all(|(_, bad)| !bad), "{lang}: {text}: {r:?}");
    }
    // The queue: a party described, a party at a named stage.
    for (event, lang, text) in [
        ("E5", "es", "La creadora de ChatGPT pagará hasta 2035."),
        ("E5", "ja", "改定により、マイクロソフトはOpenAIの技術を使えなくなった。"),
    ] {
        assert!(queued_real(event, text, lang), "{lang}: {text}");
    }
}

/// Regression (CI of round 12): "Los clientes de seguridad nacional quedan fuera del acuerdo"
/// left the queue when a subject named with no party and no word of what a term does stopped
/// being listed. Being left out of, limited to or barred from something is what a term does, in
/// every language; a subject named with nothing said of it still is not listed.
#[test]
fn a_subject_left_out_or_limited_is_a_statement_in_every_language() {
    for (lang, text) in [
        ("en", "Government customers are limited to Azure."),
        ("en", "National-security customers are excluded from the arrangement."),
        ("es", "Los clientes de seguridad nacional quedan fuera del acuerdo."),
        ("pt", "Os clientes de segurança nacional ficam de fora do acordo."),
        ("de", "Kunden der nationalen Sicherheit bleiben außen vor."),
        ("fr", "Les clients de la sécurité nationale sont exclus de l'accord."),
        ("zh", "国家安全客户被排除在外。"),
    ] {
        assert!(queued_real("E4", text, lang), "{lang}: {text}");
    }
    for (lang, text) in
        [("en", "National security is the other big chapter."), ("es", "La seguridad nacional, otro capítulo.")]
    {
        assert!(!queued_real("E4", text, lang), "{lang}: {text}");
    }
}

/// b13's Spanish false alarm: an imperfect of a state verb ("seguía siendo", "mantenía") tells
/// how things stood before, so an article of the amendment's stage that recalls the February
/// statement ("Azure seguía siendo el proveedor exclusivo de las API sin estado") is judged at
/// that earlier stage, where it is right; the present ("sigue siendo") is still wrong at E5.
#[test]
fn defect_b13_an_imperfect_state_verb_is_the_past_in_romance_languages_and_german() {
    let past = [
        ("es", "Azure seguía siendo el proveedor exclusivo de las API sin estado de OpenAI."),
        ("es", "Azure mantenía la exclusividad de las API sin estado de OpenAI."),
        ("pt", "O Azure seguia sendo o fornecedor exclusivo das APIs sem estado da OpenAI."),
        ("fr", "Azure restait le fournisseur exclusif des API sans état d'OpenAI."),
        // The amendment named in a comment past a comma is what changed it, not its time.
        (
            "es",
            "Aquel comunicado añadía que Azure seguía siendo el proveedor exclusivo de las API sin estado de OpenAI, un \
             punto que la enmienda de abril ha dejado atrás.",
        ),
    ];
    for (lang, text) in past {
        let read = read_real("E5", text, lang);
        assert!(read.iter().all(|(_, wrong)| !wrong), "{lang}: {text}: {read:?}");
    }
    let now = [
        ("es", "Azure sigue siendo el proveedor exclusivo de las API sin estado de OpenAI."),
        ("pt", "O Azure segue sendo o fornecedor exclusivo das APIs sem estado da OpenAI."),
        ("es", "Tras la enmienda de abril, Azure sigue siendo el proveedor exclusivo de las API sin estado."),
    ];
    for (lang, text) in now {
        let read = read_real("E5", text, lang);
        assert!(read.iter().any(|(claim, wrong)| *wrong && claim == "api-exclusivity"), "{lang}: {text}: {read:?}");
    }
}

/// b13's English false alarm (own12-en-061): "stays with Microsoft until the panel verifies AGI"
/// read Microsoft as the one who verifies. A time given by the panel's verdict names the panel as
/// the verifier, whatever party stands before it; Microsoft deciding is still wrong.
#[test]
fn defect_b13_a_party_before_until_the_panel_verifies_is_not_the_verifier() {
    let wrong = |text: &str| read_real("E4", text, "en").iter().any(|(c, w)| *w && c == "agi-verification");
    for text in [
        "Research IP stays with Microsoft until the panel verifies AGI or through 2030, whichever comes first.",
        "The revenue share keeps flowing to Microsoft until an independent expert panel has verified AGI.",
    ] {
        assert!(!wrong(text), "{text}");
    }
    for text in ["Microsoft will decide whether AGI has been reached.", "OpenAI can declare AGI on its own."] {
        assert!(wrong(text), "{text}");
    }
}

/// own12's blind misses, read after it was measured: a hedge that weighs the change ("Perhaps the
/// biggest change is that …") leaves what follows "that" stated; the nonprofit's stake sized
/// further on ("… stake in the new PBC to be worth at most $100bn"); an AGI declaration that
/// takes effect ", with no outside review".
#[test]
fn a_weighed_change_a_stake_worth_further_on_and_no_outside_review_are_read() {
    let reads = |event: &str, text: &str| read_real(event, text, "en");
    let wrong = |event: &str, text: &str, claim: &str| reads(event, text).iter().any(|(c, w)| *w && c == claim);
    assert!(wrong(
        "E5",
        "Perhaps the biggest change is that Azure is no longer OpenAI's primary cloud partner.",
        "primary-cloud"
    ));
    assert!(!wrong(
        "E5",
        "Perhaps the biggest change is that Azure remains OpenAI's primary cloud partner.",
        "primary-cloud"
    ));
    assert!(reads("E5", "Perhaps Azure is no longer OpenAI's primary cloud partner.").is_empty());
    assert!(wrong("E3", "The nonprofit's stake in the new PBC will be worth at most $100bn.", "nonprofit-stake"));
    assert!(!wrong(
        "E3",
        "The nonprofit's stake in the new PBC will be worth more than $100 billion.",
        "nonprofit-stake"
    ));
    assert!(wrong(
        "E4",
        "An AGI declaration by OpenAI takes effect immediately, with no outside review.",
        "agi-verification"
    ));
    assert!(!wrong(
        "E4",
        "An AGI declaration by OpenAI takes effect once an expert panel verifies it.",
        "agi-verification"
    ));
}
