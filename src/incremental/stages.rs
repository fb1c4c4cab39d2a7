//! What the build cache on disk ([`super::disk`]) keeps of the stages before rendering: each
//! article's checks' findings, timeline mentions, notes and count of body blocks, by slug (ids
//! differ between processes), under the key they are kept under in memory. A one-shot build
//! after an edit then reads, checks and annotates only the articles whose inputs changed, as
//! watch mode does; the others' visible text is never made.
//!
//! The stages' types know nothing of the cache: they are written through serde's remote
//! definitions here, which fail to compile when a field is added to them, never silently.

use serde::{Deserialize, Serialize, Serializer};

use crate::anchor::Anchor;
use crate::checks::value::Bound;
use crate::checks::{Finding, Status, Value};
use crate::content::ArticleId;
use crate::notes::{AutoNotes, Pending, Resolved};
use crate::timeline::Mention;

/// Each article's kept results, as read back.
#[derive(Debug, Default, Deserialize)]
pub struct KeptStages {
    pub articles: Vec<KeptArticle>,
}

#[derive(Debug, Deserialize)]
pub struct KeptArticle {
    pub slug: String,
    pub body_len: Option<(u64, usize)>,
    pub findings: Option<(u64, Vec<OwnedFinding>)>,
    pub mentions: Option<(u64, Vec<Mention>)>,
    pub hand: Option<(u64, Vec<Pending>)>,
    pub auto: Option<(u64, AutoNotes)>,
    pub numbers: Option<(u64, Vec<usize>)>,
    pub numbered: Option<(u64, Vec<Resolved>)>,
}

/// [`KeptStages`] as written, borrowing from the memo.
#[derive(Debug, Serialize)]
pub struct KeptStagesRef<'a> {
    pub articles: Vec<KeptArticleRef<'a>>,
}

#[derive(Debug, Serialize)]
pub struct KeptArticleRef<'a> {
    pub slug: &'a str,
    pub body_len: Option<(u64, usize)>,
    pub findings: Option<(u64, Findings<'a>)>,
    pub mentions: Option<(u64, &'a [Mention])>,
    pub hand: Option<(u64, &'a [Pending])>,
    pub auto: Option<(u64, &'a AutoNotes)>,
    pub numbers: Option<(u64, &'a [usize])>,
    pub numbered: Option<(u64, &'a [Resolved])>,
}

/// A finding read back.
#[derive(Debug, Deserialize)]
pub struct OwnedFinding(#[serde(with = "FindingDef")] pub Finding);

/// An article's findings, written.
#[derive(Debug)]
pub struct Findings<'a>(pub &'a [Finding]);

impl Serialize for Findings<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct One<'a>(&'a Finding);
        impl Serialize for One<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                FindingDef::serialize(self.0, s)
            }
        }
        s.collect_seq(self.0.iter().map(One))
    }
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Finding")]
struct FindingDef {
    article: ArticleId,
    claim: String,
    term: String,
    anchor: Anchor,
    passage: String,
    sentence: String,
    #[serde(with = "ValueDef")]
    claimed: Value,
    #[serde(with = "ValueDef")]
    official: Value,
    agrees: bool,
    #[serde(with = "StatusDef")]
    status: Status,
    line: usize,
    attributed: bool,
    stage: Option<String>,
    set_by: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Status")]
enum StatusDef {
    Open,
    Dismissed { reason: String, file: std::path::PathBuf, line: usize },
    Replaced,
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Bound")]
enum BoundDef {
    Exact,
    About,
    AtLeast,
    AtMost,
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Value")]
enum ValueDef {
    Year {
        year: i32,
        about: bool,
    },
    After(i32),
    Condition(String),
    Amount {
        dollars: u64,
        #[serde(with = "BoundDef")]
        bound: Bound,
    },
    Percent {
        milli: u64,
        #[serde(with = "BoundDef")]
        bound: Bound,
    },
    Direction {
        from: Option<String>,
        to: Option<String>,
        negated: bool,
    },
    Status(String),
    Date {
        year: i32,
        month: Option<u32>,
        day: Option<u32>,
    },
}
