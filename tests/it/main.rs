//! The integration tests: one binary (ripgrep's and mdBook's shape), a module per feature, over
//! fixture digests copied into temporary folders by [`fixture`]. Everything the tests read lives
//! in this repository under tests/fixtures/: the raw seed pages, the cleaned seed digest, a
//! deliberate copy of the terms and the golden files, so that `cargo test` needs nothing beside
//! the clone and no edit of the digest's own content/ can fail it.

mod build;
mod cache;
mod checks;
mod fixture;
mod front;
mod fuzz;
#[path = "../../examples/gen_digest.rs"]
mod gen_digest;
mod hostile;
mod import;
mod languages;
mod notes;
mod output;
mod timeline;
mod watch;
