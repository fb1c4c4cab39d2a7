//! What the build cache on disk ([`super::disk`]) keeps of the stages before rendering: each
//! article's checks' findings, timeline mentions, notes and count of body blocks, by slug (ids
//! differ between processes), under the key they are kept under in memory. A one-shot build
//! after an edit then reads, checks and annotates only the articles whose inputs changed, as
//! watch mode does; the others' visible text is never made.
//!
//! The stages' types are plain data deriving serde; they know nothing of the cache.

use serde::{Deserialize, Serialize};

use crate::checks::Finding;
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
    pub findings: Option<(u64, Vec<Finding>)>,
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
    pub findings: Option<(u64, &'a [Finding])>,
    pub mentions: Option<(u64, &'a [Mention])>,
    pub hand: Option<(u64, &'a [Pending])>,
    pub auto: Option<(u64, &'a AutoNotes)>,
    pub numbers: Option<(u64, &'a [usize])>,
    pub numbered: Option<(u64, &'a [Resolved])>,
}
