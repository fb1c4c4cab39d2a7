//! An article's page: its body with margin notes and link targets (the render adapters), its
//! ClaimReview JSON-LD, the milestones it mentions and its neighbours, in the article template.

use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::pages::listings::Renderer;
use crate::pages::{self, base_context};
use crate::render::{self, Placement};

/// The context every article page starts from (the site, the navigation), built once: tera
/// shares maps and lists between clones, so each page adds only its own values.
pub fn base(site: &Renderer<'_>) -> tera::Context {
    let mut base = base_context(&site.view, &site.nav, 2, "");
    base.insert("current", "article");
    base
}

/// Article `i`'s page; `base` is [`base`]'s context.
pub fn article_page(site: &Renderer<'_>, i: usize, base: &tera::Context) -> Result<String> {
    let prepared = site.prepared;
    let corpus = &prepared.corpus;
    let article = &corpus.articles[i];
    let article_notes = &prepared.notes.by_article[i];
    let timeline = &prepared.timeline;
    let mentions = timeline.mentions.get(i).map_or(&[][..], |m| m.as_slice());
    let targets = pages::timeline::targets(mentions);
    // The notes are in the site's language: they say so inside an article in another one.
    let site_lang = corpus.config.language.as_str();
    let notes_lang = article.lang.as_deref().filter(|l| !l.eq_ignore_ascii_case(site_lang)).map(|_| site_lang);
    let mut placements: Vec<Placement> = article_notes
        .iter()
        .map(|n| Placement {
            block: n.anchor.block,
            start: n.anchor.start,
            end: n.anchor.end,
            number: n.number,
            note: Some(pages::note_markup::note_html_in(n, corpus, "../../", notes_lang)),
        })
        .collect();
    // Link targets for the sources page at the passages that agree with the terms.
    placements.extend(pages::sources::anchors(prepared.findings_of(i)));
    placements.sort_by_key(|p| (p.block, p.start));
    // The headline's and the dek's notes go in the header; the body's in the body.
    let body_blocks = prepared.body_blocks.get(i).copied().unwrap_or(usize::MAX);
    let head_at = placements.partition_point(|p| p.block < body_blocks);
    let (body_placements, head) = placements.split_at(head_at);
    let (title_html, title_placed) = render::heading_line_to_html(&article.title, body_blocks, head);
    let (dek_html, dek_placed) = match &article.summary {
        Some(s) => render::line_to_html(s, body_blocks + 1, head),
        None => (String::new(), 0),
    };
    // Read again from the file when the build let the text go (`Body::read`).
    let text = article.body.read();
    let (body, placed, targets_placed) = render::article_to_html_with_targets(&text, body_placements, &targets);
    let placed = placed + title_placed + dek_placed;
    if placed != placements.len() || targets_placed != targets.len() {
        return Err(Error::Content(vec![
            Diagnostic::error(
                &article.path,
                0,
                format!(
                    "{} of {} notes and {} of {} timeline links could not be placed",
                    placements.len() - placed,
                    placements.len(),
                    targets.len() - targets_placed,
                    targets.len()
                ),
            )
            .help("this is a bug in gloss: please report it with the article and its annotation file"),
        ]));
    }
    let this = site.item(i);
    let mut ctx = base.clone();
    ctx.insert("page_path", &this.path);
    ctx.insert("article", &this);
    ctx.insert("body", &body);
    ctx.insert("title_html", &title_html);
    ctx.insert("dek_html", &dek_html);
    ctx.insert(
        "claim_reviews",
        &pages::note_markup::claim_reviews(article, article_notes, &corpus.config, &corpus.terms),
    );
    ctx.insert("milestones", &pages::timeline::article_milestones(&timeline.milestones, mentions, site.today));
    ctx.insert("prev", &i.checked_sub(1).map(|p| site.item(p)));
    ctx.insert("next", &(i + 1 < corpus.articles.len()).then(|| site.item(i + 1)));
    site.templates.render("article.html", &ctx).map_err(|d| Error::Content(vec![d]))
}
