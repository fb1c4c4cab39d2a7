//! Watch mode's file cache: parsed content files kept between builds. A file is read and parsed
//! again only when a build names it as changed, and the lists built from them (the articles in
//! reading order, each article's annotation file) are rebuilt only when one of their files
//! changed. A one-shot build starts from an empty cache and reads everything, with the same
//! functions as [`load::load`].

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::Changes;
use super::kept::next_generation;
use crate::content::annotations::{self, Annotations};
use crate::content::terms::Terms;
use crate::content::{ARTICLES_DIR, Article, Corpus};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::load::{self, FileKind};

/// What the cache knows about the corpus it loaded, besides the corpus: which load of the files
/// each part comes from, and a dense array of the annotation files' keys.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// A stage whose inputs' generations did not move since its last run reuses its result.
    pub generations: Generations,
    /// Each article's annotation file's hash (0: none) and whether it quotes other articles, in
    /// reading order: read on every rebuild for every article, so kept apart from the files.
    pub annotation_keys: Arc<Vec<(u64, bool)>>,
}

/// Numbers that move whenever the files behind them are read again (see [`Loaded::generations`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Generations {
    /// Any article file.
    pub articles: u64,
    /// The terms.
    pub terms: u64,
    /// Any dismissal in any annotation file.
    pub dismissals: u64,
}

/// Parsed content files kept between builds: a file is read and parsed again only when a
/// build names it as changed, and the lists built from them are rebuilt only when one of
/// their files changed. A one-shot build starts from an empty cache.
#[derive(Debug, Default)]
pub struct FileCache {
    config: Option<load::LoadedConfig>,
    terms: Option<(Arc<Terms>, Vec<Diagnostic>)>,
    articles: BTreeMap<PathBuf, Arc<Article>>,
    article_errors: BTreeMap<PathBuf, Vec<Diagnostic>>,
    annotations: BTreeMap<PathBuf, Arc<Annotations>>,
    annotation_errors: BTreeMap<PathBuf, Vec<Diagnostic>>,
    generations: Generations,
    /// The sorted articles, their index and the broken slugs, while no article file changed.
    sorted: Option<Sorted>,
    /// The annotation lists, while no annotation file was added or removed and `sorted` stands.
    listed: Option<Listed>,
    /// Articles the build cache on disk kept, by path, each while its file's hash stands: the
    /// next full read takes them instead of parsing their files.
    preloaded: Preloaded,
    /// The digest's files as the build cache on disk listed them when it checked their stamps:
    /// the next full read lists them from it instead of walking the folders again.
    listed_files: Option<Vec<(String, bool)>>,
}

/// Parsed articles and annotation files the build cache on disk kept, by path.
pub type Preloaded = (HashMap<PathBuf, Arc<Article>>, HashMap<PathBuf, Arc<Annotations>>);

/// The annotation files in file-name order, each article's file in article order, and their
/// keys (see [`Loaded::annotation_keys`]).
type Listed = (Arc<Vec<Arc<Annotations>>>, Arc<Vec<Option<Arc<Annotations>>>>, Arc<Vec<(u64, bool)>>);

fn annotation_key(file: &Annotations) -> (u64, bool) {
    (file.hash, !file.sources.is_empty())
}

#[derive(Debug, Clone)]
struct Sorted {
    articles: Arc<Vec<Arc<Article>>>,
    index: Arc<HashMap<String, usize>>,
    broken: Vec<String>,
    duplicates: Vec<Diagnostic>,
}

impl FileCache {
    /// Which load of terms.toml the current terms come from.
    pub fn terms_generation(&self) -> u64 {
        self.generations.terms
    }

    /// Articles whose files need not be parsed by the next full read (see [`super::sources`]).
    pub fn preload(&mut self, files: Preloaded) {
        self.preloaded = files;
    }

    /// Forgets the parsed articles (and the list sorted from them), so that their text can go
    /// ([`super::Memo::release_bodies`]): only for a cache whose next load, if any, reads every
    /// file ([`Changes::All`]), which starts from an empty cache anyway.
    pub fn forget_articles(&mut self) {
        self.articles.clear();
        self.sorted = None;
        self.generations.articles = next_generation();
    }

    /// The digest's files (relative to the root, '/'-separated, each with whether it is a regular
    /// file), as listed when the build began: the next full read lists its content from them.
    pub fn listed(&mut self, files: Vec<(String, bool)>) {
        self.listed_files = Some(files);
    }
}

/// The files of `dir` ending in `ext` as [`load::list`] lists them, from the digest's files as
/// listed when the build began, else walking the folder.
fn list(root: &Path, listed: Option<&[(String, bool)]>, dir: &str, ext: &str, depth: usize) -> Result<Vec<PathBuf>> {
    match listed {
        Some(files) => Ok(files
            .iter()
            .filter(|(rel, regular)| *regular && load::lists(rel, dir, ext, depth))
            .map(|(rel, _)| PathBuf::from(rel))
            .collect()),
        None => load::list(root, dir, ext, depth),
    }
}

/// Stores a parsed file in its map, or its problems in the errors map.
fn store<T>(
    ok: &mut BTreeMap<PathBuf, Arc<T>>,
    errors: &mut BTreeMap<PathBuf, Vec<Diagnostic>>,
    path: PathBuf,
    parsed: Result<Arc<T>, Vec<Diagnostic>>,
) {
    match parsed {
        Ok(v) => {
            errors.remove(&path);
            ok.insert(path, v);
        }
        Err(d) => {
            ok.remove(&path);
            errors.insert(path, d);
        }
    }
}

/// The maps [`store`] would make of `paths` and what was read of each, from empty ones: built
/// in one go from the paths, which come sorted (10,000 inserts one at a time, each comparing
/// paths component by component down the tree, were 4% of a one-shot build after an edit).
type Stored<T> = (BTreeMap<PathBuf, Arc<T>>, BTreeMap<PathBuf, Vec<Diagnostic>>);

fn stored<T>(paths: Vec<PathBuf>, parsed: Vec<Result<Arc<T>, Vec<Diagnostic>>>) -> Stored<T> {
    let (mut ok, mut errors) = (Vec::with_capacity(paths.len()), Vec::new());
    for (path, parsed) in paths.into_iter().zip(parsed) {
        match parsed {
            Ok(v) => ok.push((path, v)),
            Err(d) => errors.push((path, d)),
        }
    }
    (ok.into_iter().collect(), errors.into_iter().collect())
}

/// Each file of `paths` as the build cache kept it parsed (taken out of `kept`), or read and
/// parsed afresh, in parallel.
fn kept_or_read<T: Send + Sync>(
    root: &Path,
    paths: &[PathBuf],
    kept: &mut HashMap<PathBuf, Arc<T>>,
    read: impl Fn(&Path, &Path) -> Result<Arc<T>, Vec<Diagnostic>> + Sync,
) -> Vec<Result<Arc<T>, Vec<Diagnostic>>> {
    let kept: Vec<_> = paths.iter().map(|p| kept.remove(p)).collect();
    paths
        .par_iter()
        .zip(kept)
        .map(|(p, kept)| match kept {
            Some(a) => Ok(a),
            None => read(root, p),
        })
        .collect()
}

/// Like [`load::load`], reading only what `changes` names (everything for [`Changes::All`])
/// and taking the rest from `cache`.
/// Reads what `changes` names into the cache (everything, into an empty cache, for
/// [`Changes::All`]). Returns the annotation files whose text changed but which existed before
/// and still name the same article (patched into the lists), and whether the set of annotation
/// files changed.
fn read(root: &Path, cache: &mut FileCache, changes: &Changes) -> Result<(Vec<PathBuf>, bool)> {
    // Annotation files whose text changed but which existed before: patched into the lists.
    let mut reread: Vec<PathBuf> = Vec::new();
    let mut annotation_set_changed = false;
    match changes {
        Changes::All => {
            let (mut preloaded, mut notes) = std::mem::take(&mut cache.preloaded);
            let listed = cache.listed_files.take();
            *cache = FileCache::default();
            cache.config = Some(load::load_config(root));
            cache.generations =
                Generations { articles: next_generation(), terms: next_generation(), dismissals: next_generation() };
            // terms.toml's parse is most of the reading (its TOML alone a seventh of a small
            // digest's build): the articles and annotations are read on the other core meanwhile.
            let (terms, files) = rayon::join(
                || load::load_terms(root),
                || -> Result<_> {
                    let articles = list(root, listed.as_deref(), ARTICLES_DIR, ".md", usize::MAX)?;
                    let parsed = kept_or_read(root, &articles, &mut preloaded, load::read_article);
                    let files = list(root, listed.as_deref(), annotations::DIR, ".toml", 1)?;
                    let notes = kept_or_read(root, &files, &mut notes, load::read_annotations);
                    Ok((articles, parsed, files, notes))
                },
            );
            cache.terms = Some(terms);
            let (articles, parsed, files, notes) = files?;
            (cache.articles, cache.article_errors) = stored(articles, parsed);
            (cache.annotations, cache.annotation_errors) = stored(files, notes);
        }
        Changes::Paths(paths) => {
            for path in paths {
                let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
                let exists = root.join(&rel).is_file();
                match load::file_kind(&rel) {
                    FileKind::Config => cache.config = Some(load::load_config(root)),
                    FileKind::Terms => {
                        cache.terms = Some(load::load_terms(root));
                        cache.generations.terms = next_generation();
                    }
                    FileKind::Article => {
                        cache.articles.remove(&rel);
                        cache.article_errors.remove(&rel);
                        if exists {
                            let parsed = load::read_article(root, &rel);
                            store(&mut cache.articles, &mut cache.article_errors, rel, parsed);
                        }
                        cache.generations.articles = next_generation();
                        cache.sorted = None;
                    }
                    FileKind::Annotations => {
                        let before = cache.annotations.remove(&rel);
                        let had_errors = cache.annotation_errors.remove(&rel).is_some();
                        if exists {
                            let parsed = load::read_annotations(root, &rel);
                            let now_ok = parsed.as_ref().ok().cloned();
                            store(&mut cache.annotations, &mut cache.annotation_errors, rel.clone(), parsed);
                            match (&before, &now_ok) {
                                (Some(b), Some(n)) if b.article == n.article => reread.push(rel),
                                _ => annotation_set_changed = true,
                            }
                            let dismissals = |f: &Option<Arc<Annotations>>| f.as_ref().map(|f| f.dismissals.clone());
                            if dismissals(&before).unwrap_or_default() != dismissals(&now_ok).unwrap_or_default() {
                                cache.generations.dismissals = next_generation();
                            }
                        } else {
                            annotation_set_changed |= before.is_some() || had_errors;
                            if before.is_some_and(|b| !b.dismissals.is_empty()) {
                                cache.generations.dismissals = next_generation();
                            }
                        }
                    }
                    FileKind::Other => {}
                }
            }
        }
    }
    Ok((reread, annotation_set_changed))
}

pub fn load_cached(root: &Path, cache: &mut FileCache, changes: &Changes) -> Result<(Corpus, Loaded, Vec<Diagnostic>)> {
    let (reread, annotation_set_changed) = read(root, cache, changes)?;
    let mut problems = Vec::new();
    let config = match cache.config.get_or_insert_with(|| load::load_config(root)) {
        Ok((c, config_problems)) => {
            problems.extend(config_problems.iter().cloned());
            Arc::clone(c)
        }
        Err(d) => return Err(Error::Content(vec![d.clone()])),
    };
    let (terms, terms_problems) = cache.terms.get_or_insert_with(|| load::load_terms(root));
    let terms = Arc::clone(terms);
    problems.extend(terms_problems.iter().cloned());
    for d in cache.article_errors.values() {
        problems.extend(d.iter().cloned());
    }
    if cache.sorted.is_none() {
        let articles: Vec<Arc<Article>> = cache.articles.values().cloned().collect();
        let (articles, index, duplicates) = load::sorted(articles);
        let broken = cache.article_errors.keys().map(|p| load::stem(p)).collect();
        cache.sorted = Some(Sorted { articles: Arc::new(articles), index: Arc::new(index), broken, duplicates });
        cache.listed = None;
    }
    let Some(sorted) = cache.sorted.clone() else {
        return Err(Error::Internal("the article list was not built"));
    };
    problems.extend(sorted.duplicates.iter().cloned());
    // An article covering an event the terms do not know is an error (its file is read again
    // only then, to place it).
    // (Also when the terms have errors of their own: the events that parsed are known, and all
    // the errors arrive in one run. Not when they define no event yet, a digest just begun,
    // where there is nothing to check the id against.)
    let terms_loaded = !terms.events.is_empty();
    let unknown = |a: &&Arc<Article>| terms_loaded && a.event.as_deref().is_some_and(|e| terms.event(e).is_none());
    for a in sorted.articles.iter().filter(unknown) {
        // Read again only to place the error: a file gone since is still reported, at line 2.
        let text = std::fs::read_to_string(root.join(&a.path)).unwrap_or_default();
        problems.extend(crate::content::unknown_event(a, &text, &terms));
    }
    for d in cache.annotation_errors.values() {
        problems.extend(d.iter().cloned());
    }
    if annotation_set_changed {
        cache.listed = None;
    }
    match &mut cache.listed {
        Some((files, of, keys)) => {
            // Files that existed before and still name the same article: replaced in place.
            for rel in &reread {
                let Some(new) = cache.annotations.get(rel) else { continue };
                let files = Arc::make_mut(files);
                if let Ok(at) = files.binary_search_by(|f| f.path.as_path().cmp(rel.as_path())) {
                    files[at] = Arc::clone(new);
                }
                if let Some(&ai) = sorted.index.get(&new.article) {
                    Arc::make_mut(of)[ai] = Some(Arc::clone(new));
                    Arc::make_mut(keys)[ai] = annotation_key(new);
                }
            }
        }
        None => {
            let files: Vec<Arc<Annotations>> = cache.annotations.values().cloned().collect();
            let mut of: Vec<Option<Arc<Annotations>>> = vec![None; sorted.articles.len()];
            let mut keys = vec![(0, false); sorted.articles.len()];
            for f in &files {
                if let Some(&ai) = sorted.index.get(&f.article) {
                    of[ai] = Some(Arc::clone(f));
                    keys[ai] = annotation_key(f);
                }
            }
            cache.listed = Some((Arc::new(files), Arc::new(of), Arc::new(keys)));
        }
    }
    let Some((annotations, annotations_of, annotation_keys)) = cache.listed.clone() else {
        return Err(Error::Internal("the annotation list was not built"));
    };
    let corpus = Corpus {
        root: root.to_path_buf(),
        config,
        articles: sorted.articles,
        terms,
        annotations,
        annotations_of,
        index: sorted.index,
        broken: sorted.broken,
    };
    Ok((corpus, Loaded { generations: cache.generations, annotation_keys }, problems))
}
