//! The cue words of each language: what tells a claim from a sentence that only mentions it.
//!
//! gloss carries cue words for English, Spanish, Portuguese, German, French, Chinese, Japanese
//! and Korean (`cues.toml`, beside this file); a digest adds its own in content/terms.toml
//! (`[language.xx]`), for these languages or others. A clause is read with the cues of its
//! article's language, or English's for a language with none.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use std::collections::HashMap;

use super::phrase::{self, Context, KeyTable, Match, Memo, Phrase, Present, Test, Vocab};
use super::token::Token;
use super::value::Lang;

/// The cue lists of one language, as written (in cues.toml, or a digest's `[language.xx]`).
pub use crate::content::terms::LanguageCues as RawCues;
use toml::Spanned;

/// A cue phrase written wrong: its language, what is wrong, and where it is in the file that
/// wrote it (a digest's terms.toml: the built-in cues are tested).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueError {
    pub lang: String,
    pub message: String,
    pub offset: usize,
}

/// Adds `other`'s words to `mine`; its months, if it has any, replace mine.
fn extend(mine: &mut RawCues, other: &RawCues) {
    let lists = [
        (&mut mine.negation, &other.negation),
        (&mut mine.neutral, &other.neutral),
        (&mut mine.hedge, &other.hedge),
        (&mut mine.distance, &other.distance),
        (&mut mine.adopt, &other.adopt),
        (&mut mine.past, &other.past),
        (&mut mine.before, &other.before),
        (&mut mine.counterfactual, &other.counterfactual),
        (&mut mine.now, &other.now),
        (&mut mine.about, &other.about),
        (&mut mine.approx, &other.approx),
        (&mut mine.more, &other.more),
        (&mut mine.less, &other.less),
        (&mut mine.more_after, &other.more_after),
        (&mut mine.less_after, &other.less_after),
        (&mut mine.exempt, &other.exempt),
        (&mut mine.universal, &other.universal),
        (&mut mine.market, &other.market),
        (&mut mine.condition, &other.condition),
        (&mut mine.change, &other.change),
        (&mut mine.described, &other.described),
        (&mut mine.rival, &other.rival),
        (&mut mine.currency, &other.currency),
        (&mut mine.unless, &other.unless),
        (&mut mine.contrast, &other.contrast),
        (&mut mine.pair, &other.pair),
        (&mut mine.state, &other.state),
        (&mut mine.undisclosed, &other.undisclosed),
        (&mut mine.after_event, &other.after_event),
        (&mut mine.first_time, &other.first_time),
    ];
    for (m, theirs) in lists {
        m.extend(theirs.iter().cloned());
    }
    if !other.months.is_empty() {
        mine.months = other.months.clone();
    }
}

/// The built-in cue words of language `lang` (cues.toml's `[lang]` section), if gloss has
/// any: each language's parsed once per process, when first asked for. A build reads only its
/// articles' languages (parsing all eight was a twentieth of the seed digest's build, whose
/// articles are English); it asks for English's early, on the core that would otherwise wait
/// for terms.toml's parse, and watch mode does not repeat it at each edit of the terms.
pub fn builtin_of(lang: &str) -> Option<&'static RawCues> {
    let (text, parsed) = sections().get(lang)?;
    Some(parsed.get_or_init(|| {
        #[allow(clippy::expect_used, reason = "the built-in cues are part of gloss and tested")]
        let mut one: BTreeMap<String, RawCues> = toml::from_str(text).expect("cues.toml parses");
        one.remove(lang).unwrap_or_default()
    }))
}

/// cues.toml's sections by language code: each from its `[xx]` header line to the next one
/// (the lines before the first are comments), parsed apart by [`builtin_of`].
fn sections() -> &'static BTreeMap<&'static str, (&'static str, OnceLock<RawCues>)> {
    static SECTIONS: OnceLock<BTreeMap<&'static str, (&'static str, OnceLock<RawCues>)>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        let text = include_str!("cues.toml");
        let mut starts = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let header = line.trim_end();
            if let Some(lang) = header.strip_prefix('[').and_then(|h| h.strip_suffix(']'))
                && !lang.is_empty()
                && lang.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            {
                starts.push((lang, at));
            }
            at += line.len();
        }
        let ends = starts.iter().skip(1).map(|&(_, start)| start).chain([text.len()]);
        starts.iter().zip(ends).map(|(&(lang, start), end)| (lang, (&text[start..end], OnceLock::new()))).collect()
    })
}

/// What a cue says about a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    Negation,
    Neutral,
    Hedge,
    Distance,
    Adopt,
    Past,
    Before,
    Counterfactual,
    /// The clause speaks of now, whatever earlier event its sentence names ("now", "ahora").
    Now,
    About,
    /// An approximation right before a status ("almost exclusively", "fast ausschließlich"):
    /// the clause states neither the status nor its opposite.
    Approx,
    More,
    Less,
    MoreAfter,
    LessAfter,
    /// An exemption ("except Google's"): it reverses a universal claim ("any cloud").
    Exempt,
    /// A universal word ("any", "every"), which an exemption reverses.
    Universal,
    /// A share price's move ("shares rose 2%"): the queue reads its percentage as no claim.
    Market,
    /// A condition the clause sets ("provided that", "desde que", "sofern"): a term that has
    /// none does not hold "on a condition", and the rules cannot judge a condition they lack.
    Condition,
    /// A value said to move ("cuts the percentage", "erhöht den Anteil"): the review queue
    /// lists a sentence whose readings agree but which says this.
    Change,
    /// The review queue's own words, which the checks never scan: a description of a party
    /// ("the startup"), a company outside the deal ("Oracle"), another currency ("euros"), and
    /// "unless" ("除非"), a reservation ("though", "但").
    Described,
    Rival,
    Currency,
    Unless,
    Contrast,
    /// Both parties in one description ("the two companies", "両社").
    Pair,
    /// What a term does: lasts, restricts, obliges, permits or changes ("continues", "only",
    /// "must", "weiterhin", "仍"). Beside both parties, it says what one does to the other.
    State,
    /// A detail left undisclosed ("did not disclose", "keine Angaben", "均未公开"): its negation
    /// says nothing of the terms.
    Undisclosed,
    /// Right after an event's name, the time after it ("覚書から", "备忘录之后"): read where events
    /// date a clause, never scanned as a cue of the clause.
    AfterEvent,
    /// "For the first time" right before a claim: the term is said to be new at the stage the
    /// clause speaks of, so one already set by an earlier event is dated too late.
    FirstTime,
}

impl Cue {
    /// Words only the review queue reads: [`Found::scan`] leaves them out.
    pub fn queue_only(self) -> bool {
        matches!(
            self,
            Cue::Described
                | Cue::Rival
                | Cue::Currency
                | Cue::Unless
                | Cue::Contrast
                | Cue::Pair
                | Cue::State
                | Cue::Undisclosed
                | Cue::AfterEvent
        )
    }
}

/// One language's cues, compiled.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    lists: Vec<(Cue, Vec<Phrase>)>,
    /// The months, January first.
    pub months: Vec<Phrase>,
    index: CueIndex,
}

/// The phrases of a language's cue lists as tests in one [`KeyTable`], as the claims' patterns
/// are: a clause asks only the phrases its keys lead to, where [`Found::scan`] asked each of
/// hundreds whether the clause [`Phrase::admits`] it (two thirds of the scan's cost).
#[derive(Debug, Clone, Default)]
struct CueIndex {
    table: KeyTable,
    /// Per phrase, list by list in order, its test.
    tests: Vec<Test>,
    /// Where each list's phrases start in `tests`.
    starts: Vec<usize>,
    /// Per key, the phrases (positions in `tests`) it leads.
    by_key: HashMap<u32, Vec<u32>, foldhash::fast::FixedState>,
    /// The phrases without leading keys: asked of every clause.
    always: Vec<u32>,
}

impl CueIndex {
    fn new(lists: &[(Cue, Vec<Phrase>)]) -> CueIndex {
        let mut index = CueIndex::default();
        for (_, list) in lists {
            index.starts.push(index.tests.len());
            for p in list {
                let test = index.table.compile(p);
                let at = index.tests.len() as u32;
                if test.lead().is_empty() {
                    index.always.push(at);
                }
                for &k in test.lead() {
                    let led = index.by_key.entry(k).or_default();
                    if led.last() != Some(&at) {
                        led.push(at);
                    }
                }
                index.tests.push(test);
            }
        }
        index
    }

    /// Per phrase (list by list), whether a clause holding `present` admits it: what
    /// [`Phrase::admits`] says, asked only of the phrases the clause's keys lead to.
    fn admitted(&self, present: &Present) -> Vec<bool> {
        thread_local! {
            /// The tests' answers, one clause at a time (cleared before each).
            static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
        }
        let bits = self.table.bits(present);
        let mut out = vec![false; self.tests.len()];
        MEMO.with_borrow_mut(|memo| {
            memo.clear();
            let led = bits.ones().filter_map(|k| self.by_key.get(&k)).flatten();
            for &i in self.always.iter().chain(led) {
                let i = i as usize;
                if !out[i] {
                    out[i] = self.table.holds_led(&self.tests[i], &bits, memo);
                }
            }
        });
        out
    }
}

impl Cues {
    /// Compiles every phrase; a phrase written wrong is named (all of them, not the first), and
    /// the others still compile.
    pub fn compile(raw: &RawCues) -> Result<Cues, Vec<CueError>> {
        let (lists, months, errors) = Cues::parse(raw);
        if !errors.is_empty() {
            return Err(errors);
        }
        let index = CueIndex::new(&lists);
        Ok(Cues { lists, months, index })
    }

    /// The mistakes [`Cues::compile`] would name, without the index built: a digest's
    /// additions are checked at once, compiled with gloss's own cues when first read.
    pub fn check(raw: &RawCues) -> Vec<CueError> {
        Cues::parse(raw).2
    }

    /// Every list's phrases parsed, the months', and the mistakes, list by list in order.
    #[allow(clippy::type_complexity, reason = "one private step of compile and check")]
    fn parse(raw: &RawCues) -> (Vec<(Cue, Vec<Phrase>)>, Vec<Phrase>, Vec<CueError>) {
        let vocab = Vocab::new();
        let mut errors = Vec::new();
        let mut compile = |list: &[Spanned<String>]| -> Vec<Phrase> {
            list.iter()
                .filter_map(|p| match phrase::parse(p.get_ref(), &vocab) {
                    Ok(ph) => Some(ph),
                    Err(e) => {
                        errors.push(CueError {
                            lang: String::new(),
                            message: format!("`{}`: {}", p.get_ref(), e.0),
                            offset: p.span().start,
                        });
                        None
                    }
                })
                .collect()
        };
        let lists = vec![
            (Cue::Negation, compile(&raw.negation)),
            (Cue::Neutral, compile(&raw.neutral)),
            (Cue::Hedge, compile(&raw.hedge)),
            (Cue::Distance, compile(&raw.distance)),
            (Cue::Adopt, compile(&raw.adopt)),
            (Cue::Past, compile(&raw.past)),
            (Cue::Before, compile(&raw.before)),
            (Cue::Counterfactual, compile(&raw.counterfactual)),
            (Cue::Now, compile(&raw.now)),
            (Cue::About, compile(&raw.about)),
            (Cue::Approx, compile(&raw.approx)),
            (Cue::More, compile(&raw.more)),
            (Cue::Less, compile(&raw.less)),
            (Cue::MoreAfter, compile(&raw.more_after)),
            (Cue::LessAfter, compile(&raw.less_after)),
            (Cue::Exempt, compile(&raw.exempt)),
            (Cue::Universal, compile(&raw.universal)),
            (Cue::Market, compile(&raw.market)),
            (Cue::Condition, compile(&raw.condition)),
            (Cue::Change, compile(&raw.change)),
            (Cue::Described, compile(&raw.described)),
            (Cue::Rival, compile(&raw.rival)),
            (Cue::Currency, compile(&raw.currency)),
            (Cue::Unless, compile(&raw.unless)),
            (Cue::Contrast, compile(&raw.contrast)),
            (Cue::Pair, compile(&raw.pair)),
            (Cue::State, compile(&raw.state)),
            (Cue::Undisclosed, compile(&raw.undisclosed)),
            (Cue::AfterEvent, compile(&raw.after_event)),
            (Cue::FirstTime, compile(&raw.first_time)),
        ];
        let months = compile(&raw.months);
        (lists, months, errors)
    }

    pub fn phrases(&self, cue: Cue) -> &[Phrase] {
        self.lists.iter().find(|(c, _)| *c == cue).map_or(&[], |(_, p)| p.as_slice())
    }
}

/// Every language's cues: the built-in ones with the digest's additions.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    by_lang: BTreeMap<String, Lazy>,
}

/// A language's cues, compiled when a clause in it is first read: gloss's own (tested to
/// compile) with the digest's additions, whose mistakes [`Lexicon::new`] has reported already
/// (they are parsed at once, whichever languages the articles are in). The eight built-in
/// languages' cues were a sixth of the rules' cost in a digest written in one, and compiling
/// the seed's Japanese and Chinese additions with their languages' cues, for five English
/// articles, 3% of its build.
#[derive(Debug, Clone, Default)]
struct Lazy {
    /// The language whose built-in cues ([`builtin_of`]) these are, when not compiled yet.
    lang: String,
    /// The digest's `[language.xx]` additions, checked.
    added: Option<Box<RawCues>>,
    compiled: OnceLock<Cues>,
}

impl Lazy {
    fn get(&self) -> &Cues {
        self.compiled.get_or_init(|| {
            let none = RawCues::default();
            let builtin = builtin_of(&self.lang).unwrap_or(&none);
            #[allow(clippy::expect_used, reason = "the built-in cues are part of gloss and tested")]
            let own = || Cues::compile(builtin).expect("the built-in cues compile");
            match &self.added {
                None => own(),
                Some(added) => {
                    let mut raw = builtin.clone();
                    extend(&mut raw, added);
                    // The additions parsed when the lexicon was made: no mistake is left, and
                    // were one, the language would keep gloss's own cues rather than stop.
                    Cues::compile(&raw).unwrap_or_else(|_| own())
                }
            }
        })
    }
}

impl Lexicon {
    /// The built-in cues, extended by `extra` (a digest's `[language.xx]` tables). Errors name
    /// the language and the phrase.
    pub fn new(extra: &BTreeMap<String, RawCues>) -> Result<Lexicon, Vec<CueError>> {
        let langs: std::collections::BTreeSet<&str> =
            sections().keys().copied().chain(extra.keys().map(String::as_str)).collect();
        let mut by_lang = BTreeMap::new();
        let mut errors = Vec::new();
        for lang in langs {
            let added = extra.get(lang);
            // gloss's own cues compile (they are tested): the digest's additions are the only
            // phrases that can be wrong, and parsing them alone names the same mistakes as
            // compiling the whole language would.
            let wrong = added.map(Cues::check).unwrap_or_default();
            if !wrong.is_empty() {
                errors.extend(wrong.into_iter().map(|e| CueError { lang: lang.to_string(), ..e }));
                continue;
            }
            by_lang.insert(
                lang.to_string(),
                Lazy { lang: lang.to_string(), added: added.cloned().map(Box::new), compiled: OnceLock::new() },
            );
        }
        if errors.is_empty() { Ok(Lexicon { by_lang }) } else { Err(errors) }
    }

    /// The cue lists a clause of language `lang` is read with: its own when gloss or the digest
    /// has cues for it, else English's. English words read foreign text wrongly ("expira" is no
    /// "expir*" negation in Spanish, nor "was" a past tense in German, nor "plus" a "more" in
    /// French), so a language's cues stand alone.
    pub fn for_lang(&self, lang: &str) -> Vec<&Cues> {
        let primary = lang.split(['-', '_']).next().unwrap_or("en").to_ascii_lowercase();
        match self.by_lang.get(&primary).or_else(|| self.by_lang.get("en")) {
            Some(c) => vec![c.get()],
            None => Vec::new(),
        }
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.by_lang.keys().map(String::as_str)
    }
}

/// The cues found in a clause's tokens, outside the tokens a pattern spelled out.
pub struct Found {
    pub hits: Vec<(Cue, Match)>,
}

impl Found {
    /// Finds every cue of `cues` in `toks`, leaving out matches that touch a token `spelled`
    /// says the claim's pattern wrote itself, and cue words inside a neutral phrase ("not only").
    pub fn scan(cues: &[&Cues], toks: &[Token], ctx: &Context, spelled: &dyn Fn(usize) -> bool) -> Found {
        let mut hits = Vec::new();
        let mut neutral: Vec<Match> = Vec::new();
        // Hundreds of cue phrases, most of whose words the clause lacks: refused without
        // running the matcher (the index refuses only clauses no match exists in).
        let present = Present::new(toks, ctx.parties);
        let admitted: Vec<Vec<bool>> = cues.iter().map(|c| c.index.admitted(&present)).collect();
        // The phrases of a list (the `li`th of `c`, the `ci`th cues) the clause admits.
        let admits = |ci: usize, li: usize| {
            let (c, at, admitted) = (cues[ci], cues[ci].index.starts[li], &admitted[ci]);
            c.lists[li].1.iter().enumerate().filter(move |(j, _)| admitted[at + j]).map(|(_, p)| p)
        };
        for (ci, c) in cues.iter().enumerate() {
            for (li, _) in c.lists.iter().enumerate().filter(|(_, (cue, _))| *cue == Cue::Neutral) {
                for p in admits(ci, li) {
                    neutral.extend(p.find(toks, ctx));
                }
            }
        }
        for (ci, c) in cues.iter().enumerate() {
            for (li, (cue, _)) in c.lists.iter().enumerate() {
                if *cue == Cue::Neutral || (cue.queue_only() && *cue != Cue::Undisclosed) {
                    continue;
                }
                // A detail left undisclosed states nothing about it ("양사는 … 상한액을 공개하지
                // 않았다"): the queue's list doubles as a hedge, in every language.
                let as_cue = if *cue == Cue::Undisclosed { Cue::Hedge } else { *cue };
                for p in admits(ci, li) {
                    for m in p.find(toks, ctx) {
                        let touches = m.spelled.iter().any(|r| r.clone().any(spelled));
                        let inside_neutral = neutral.iter().any(|n| n.start <= m.start && m.end <= n.end);
                        if !touches && !inside_neutral {
                            hits.push((as_cue, m));
                        }
                    }
                }
            }
        }
        // "no longer" is one negation, not "no" and "no longer"; two cue words of one kind that
        // overlap ("ではなく" and "なくなる" in "ではなくなる") are one cue, the longer (or first).
        // A cue word inside another's gap is a cue of its own: "n'interdit plus" is "not" and
        // "forbids", whose two negations cancel.
        let inside = |a: &(Cue, Match), b: &(Cue, Match)| {
            let overlap = b.1.start < a.1.end
                && a.1.start < b.1.end
                && (b.1.spelled.is_empty() || b.1.spelled.iter().any(|r| r.start < a.1.end && a.1.start < r.end));
            let (la, lb) = (a.1.end - a.1.start, b.1.end - b.1.start);
            a.0 == b.0 && overlap && (lb > la || (lb == la && b.1.start < a.1.start))
        };
        let hits = hits.iter().filter(|a| !hits.iter().any(|b| inside(a, b))).cloned().collect::<Vec<_>>();
        let mut unique: Vec<(Cue, Match)> = Vec::new();
        for h in hits {
            if !unique.iter().any(|u| u.0 == h.0 && (u.1.start, u.1.end) == (h.1.start, h.1.end)) {
                unique.push(h);
            }
        }
        Found { hits: unique }
    }

    /// The matches of one of the review queue's own lists (which [`Found::scan`] leaves out).
    pub fn queue(cues: &[&Cues], cue: Cue, toks: &[Token], ctx: &Context) -> Vec<Match> {
        let present = Present::new(toks, ctx.parties);
        cues.iter()
            .flat_map(|c| c.phrases(cue).iter().filter(|p| p.admits(&present)).flat_map(|p| p.find(toks, ctx)))
            .collect()
    }

    pub fn any(&self, cue: Cue) -> bool {
        self.hits.iter().any(|(c, _)| *c == cue)
    }

    pub fn of(&self, cue: Cue) -> impl Iterator<Item = &Match> {
        self.hits.iter().filter(move |(c, _)| *c == cue).map(|(_, m)| m)
    }
}

/// The qualifier right before (or after) a number at tokens `slot`: how exactly it is stated.
pub fn bound(cues: &[&Cues], toks: &[Token], slot: std::ops::Range<usize>, ctx: &Context) -> super::value::Bound {
    use super::value::Bound;
    let ends_before = |cue: Cue| {
        cues.iter().any(|c| {
            c.phrases(cue).iter().any(|p| {
                let lo = slot.start.saturating_sub(4);
                p.find(&toks[lo..slot.start], ctx).iter().any(|m| lo + m.end == slot.start)
            })
        })
    };
    let starts_after = |cue: Cue| {
        cues.iter().any(|c| {
            c.phrases(cue).iter().any(|p| {
                let hi = (slot.end + 3).min(toks.len());
                p.find_at_start(&toks[slot.end..hi], ctx).is_some()
            })
        })
    };
    if ends_before(Cue::More) || starts_after(Cue::MoreAfter) {
        Bound::AtLeast
    } else if ends_before(Cue::Less) || starts_after(Cue::LessAfter) {
        Bound::AtMost
    } else if ends_before(Cue::About) {
        Bound::About
    } else {
        Bound::Exact
    }
}

/// The language of a text when its article does not say: from its script, read from its
/// characters (not its tokens: a block need not be tokenized to be guessed).
pub fn guess_text(text: &str) -> Lang {
    use super::token::{is_cjk, is_hangul};
    // Every script below is outside ASCII: most blocks are asked one fast pass, not three.
    if text.is_ascii() {
        Lang::En
    } else if text.chars().any(is_hangul) {
        Lang::Ko
    } else if text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)) {
        Lang::Ja
    } else if text.chars().any(is_cjk) {
        Lang::Zh
    } else {
        Lang::En
    }
}

/// The languages [`guess_text`] gives.
pub const GUESSED: [Lang; 4] = [Lang::En, Lang::Ko, Lang::Ja, Lang::Zh];

/// Every language [`guess_text`] may give a block cut from `text`: English, and each language
/// whose script `text` holds. A character reference (`&#…;`) may become any script.
pub fn guesses(text: &str) -> Vec<Lang> {
    use super::token::{is_cjk, is_hangul};
    if text.contains("&#") {
        return GUESSED.to_vec();
    }
    let mut out = vec![Lang::En];
    if text.is_ascii() {
        return out;
    }
    let (mut ko, mut ja, mut zh) = (false, false, false);
    for c in text.chars() {
        ko |= is_hangul(c);
        ja |= ('\u{3040}'..='\u{30ff}').contains(&c);
        zh |= is_cjk(c);
    }
    out.extend([(ko, Lang::Ko), (ja, Lang::Ja), (zh, Lang::Zh)].into_iter().filter(|(on, _)| *on).map(|(_, l)| l));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A block's language is guessed from its script: Hangul is Korean, kana Japanese, Han
    /// alone Chinese, anything else English (the claims' own language).
    #[test]
    fn a_language_is_guessed_from_its_script() {
        for (t, lang) in [
            ("Microsoft holds a 27% stake in OpenAI.", Lang::En),
            ("微软持有OpenAI约27%的股份。", Lang::Zh),
            ("マイクロソフトはOpenAIの株式を持つ。", Lang::Ja),
            ("마이크로소프트는 2032년까지 OpenAI의 모델을 쓴다.", Lang::Ko),
            ("Ｍｉｃｒｏｓｏｆｔ ２０３０年 ｶﾀｶﾅ", Lang::Zh),
            ("ㄱ and 漢字 and かな", Lang::Ko),
            ("", Lang::En),
        ] {
            assert_eq!(guess_text(t), lang, "{t}");
        }
    }

    /// One bad phrase in a digest's `[language.xx]` table is reported, and so is every other;
    /// none hides the rest.
    #[test]
    fn every_bad_cue_phrase_is_reported() {
        let mut extra = BTreeMap::new();
        extra.insert(
            "es".to_string(),
            RawCues {
                hedge: ["(a|b", "quizá", "... x"].map(|p| Spanned::new(0..p.len(), p.to_string())).to_vec(),
                negation: vec![Spanned::new(0..6, "jamás".to_string())],
                ..RawCues::default()
            },
        );
        let errors = Lexicon::new(&extra).expect_err("two bad phrases");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().all(|e| e.lang == "es"));
        assert!(errors[0].message.contains("(a|b") && errors[1].message.contains("... x"), "{errors:?}");
    }

    /// A digest's additions to a language, compiled only when a clause in it is read, join
    /// that language's own cues then, as they did when they were compiled at once.
    #[test]
    fn a_digests_cues_join_their_language_when_read() {
        let mut extra = BTreeMap::new();
        let added = ["quizá", "tal vez no"].map(|p| Spanned::new(0..p.len(), p.to_string())).to_vec();
        extra.insert("es".to_string(), RawCues { hedge: added, ..RawCues::default() });
        let lex = Lexicon::new(&extra).expect("good phrases");
        let own = builtin_of("es").expect("Spanish cues").hedge.len();
        assert_eq!(lex.for_lang("es")[0].phrases(Cue::Hedge).len(), own + 2);
        let own_en = builtin_of("en").expect("English cues").hedge.len();
        assert_eq!(lex.for_lang("en")[0].phrases(Cue::Hedge).len(), own_en);
    }

    /// Each language's section of cues.toml, parsed apart, holds what the whole file holds.
    #[test]
    fn the_builtin_cues_read_by_section_are_the_whole_files() {
        let whole: BTreeMap<String, RawCues> = toml::from_str(include_str!("cues.toml")).expect("parses");
        assert_eq!(
            sections().keys().copied().collect::<Vec<_>>(),
            whole.keys().map(String::as_str).collect::<Vec<_>>()
        );
        for (lang, cues) in &whole {
            assert_eq!(builtin_of(lang), Some(cues), "{lang}");
        }
    }

    #[test]
    fn the_builtin_cues_compile_in_every_language() {
        let lex = Lexicon::new(&BTreeMap::new()).expect("built-in cues compile");
        let langs: Vec<&str> = lex.languages().collect();
        assert_eq!(langs, ["de", "en", "es", "fr", "ja", "ko", "pt", "zh"]);
        for l in langs {
            assert_eq!(lex.for_lang(l)[0].months.len(), 12, "{l}");
        }
    }

    /// The cue index admits exactly the phrases [`Phrase::admits`] admits, in every language:
    /// the scan finds what asking every phrase found.
    #[test]
    fn the_cue_index_admits_what_asking_every_phrase_admits() {
        let lex = Lexicon::new(&BTreeMap::new()).expect("built-in cues compile");
        let mut names = BTreeMap::new();
        names.insert("Microsoft".to_string(), vec!["Microsoft".to_string(), "微软".to_string()]);
        names.insert("OpenAI".to_string(), vec!["OpenAI".to_string()]);
        let parties = super::super::phrase::Parties::new(&names);
        let texts = [
            ("en", "Microsoft no longer holds an exclusive licence, analysts said, but it may still pay OpenAI."),
            ("en", "Not only did OpenAI agree, it reportedly would not pay anything until 2030, except Google."),
            ("es", "Microsoft ya no tendría la exclusiva, según fuentes, aunque antes pagaba a OpenAI."),
            ("de", "Microsoft hatte bereits keine Exklusivität mehr, sagte ein Analyst."),
            ("fr", "Microsoft n'interdit plus à OpenAI de payer, selon des sources."),
            ("zh", "据报道，微软不再拥有独家许可，此前曾支付。"),
            ("ja", "マイクロソフトはライセンスは独占的なものではなくなったと述べた。"),
            ("ko", "마이크로소프트는 더 이상 독점권을 가지지 않았다고 밝혔다."),
        ];
        let mut asked = 0;
        for (lang, text) in texts {
            let toks = super::super::token::tokenize_all(text);
            let present = Present::new(&toks, &parties);
            for c in lex.for_lang(lang) {
                let every: Vec<bool> = c.lists.iter().flat_map(|(_, l)| l.iter().map(|p| p.admits(&present))).collect();
                assert_eq!(c.index.admitted(&present), every, "{lang}: {text}");
                asked += every.iter().filter(|a| **a).count();
            }
        }
        assert!(asked > 10, "the sentences hold cues ({asked})");
    }

    fn cues_in(lang: &str, text: &str) -> Vec<Cue> {
        let lex = Lexicon::new(&BTreeMap::new()).expect("built-in cues compile");
        let parties = super::super::phrase::Parties::new(&BTreeMap::new());
        let ctx = Context { parties: &parties, lang: Lang::from_tag(lang), stage_year: 2026 };
        let toks = super::super::token::tokenize_all(text);
        Found::scan(&lex.for_lang(lang), &toks, &ctx, &|_| false).hits.into_iter().map(|(c, _)| c).collect()
    }

    /// Korean past forms ("가졌다", "지급했다", "…이었다") put a clause before now, as "had" and
    /// "paid" do in English; the present ("가진다") does not.
    #[test]
    fn korean_past_tense_is_read_as_past() {
        assert!(cues_in("ko", "마이크로소프트는 독점권을 가졌다").contains(&Cue::Past));
        assert!(cues_in("ko", "마이크로소프트가 수익 일부를 지급했다").contains(&Cue::Past));
        assert!(cues_in("ko", "애저는 독점 클라우드였다").contains(&Cue::Past));
        assert!(!cues_in("ko", "마이크로소프트는 독점권을 가진다").contains(&Cue::Past));
    }

    /// Exemption words ("salvo", "außer", "sauf", "除外", "제외") are negations; the Azure-first
    /// exception's "salvo que", "sauf si", "경우를 제외하고" is not.
    #[test]
    fn exemption_words_are_negations_but_unless_is_not() {
        for (lang, text) in [
            ("es", "cualquier nube salvo Google"),
            ("pt", "qualquer nuvem exceto a do Google"),
            ("de", "jeden Cloud-Anbieter außer Google"),
            ("fr", "n'importe quel cloud sauf Google"),
            ("zh", "任何云，谷歌云除外"),
            ("ja", "グーグルを除く全てのクラウド"),
            ("ko", "구글을 제외한 모든 클라우드"),
        ] {
            assert!(cues_in(lang, text).contains(&Cue::Negation), "{lang}: {text}");
        }
        for (lang, text) in [
            ("es", "salvo que Microsoft decida"),
            ("fr", "sauf si Microsoft décide"),
            ("ko", "원하는 경우를 제외하고 먼저 출시"),
        ] {
            assert!(!cues_in(lang, text).contains(&Cue::Negation), "{lang}: {text}");
        }
    }

    /// English cue words do not read another language's text: Spanish "expira" is no English
    /// "expir*" negation, German "was" (what) no past tense.
    #[test]
    fn english_cues_do_not_read_other_languages() {
        assert!(!cues_in("es", "la licencia expira en 2030").contains(&Cue::Negation));
        assert!(!cues_in("de", "was die Lizenz bedeutet").contains(&Cue::Past));
        assert!(cues_in("en", "the licence expires in 2030").contains(&Cue::Negation));
    }

    /// Conditions and changes of value are cues in every language, and "en tant que" (as a) is
    /// no French "tant que" (as long as).
    #[test]
    fn conditions_and_changes_are_cues_in_every_language() {
        for (lang, cond, change) in [
            ("en", "provided that Microsoft approves", "the amendment cuts the percentage"),
            ("es", "siempre que Microsoft lo autorice", "la enmienda recorta el porcentaje"),
            ("pt", "desde que a Microsoft aprove", "a emenda reduz a porcentagem"),
            ("de", "sofern Microsoft zustimmt", "die Neufassung senkt den Anteil"),
            ("fr", "à condition que Microsoft donne son accord", "l'avenant réduit le pourcentage"),
            ("zh", "前提是微软批准", "修订下调了比例"),
            ("ja", "マイクロソフトの承認を条件に", "改定で比率を引き下げ"),
            ("ko", "마이크로소프트가 승인하면", "개정으로 비율을 인하했다"),
        ] {
            assert!(cues_in(lang, cond).contains(&Cue::Condition), "{lang}: {cond}");
            assert!(cues_in(lang, change).contains(&Cue::Change), "{lang}: {change}");
        }
        assert!(!cues_in("fr", "Microsoft reste, en tant que partenaire principal, …").contains(&Cue::Condition));
        assert!(!cues_in("pt", "desde que a parceria começou").contains(&Cue::Condition));
    }
}
