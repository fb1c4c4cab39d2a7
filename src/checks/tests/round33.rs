//! Round 33: English misses left from earlier blind batches (b9, b12, b51) and the blind batches
//! b57 and b58. Each class with sentences the lead wrote for it, of both kinds.

use super::*;

/// b9: "Microsoft's first cheque, $10 billion in 2019, made it OpenAI's main backer": the amount
/// stands in apposition to the first investment, between commas.
#[test]
fn an_amount_in_apposition_to_the_first_investment_is_its_amount() {
    contradicts(
        "E3",
        "Microsoft's first investment, $10 billion in 2019, made it the lab's biggest backer.",
        "investment-2019",
        "$10 billion",
    );
    contradicts(
        "E5",
        "Its opening bet, some $2 billion back in 2019, bought a seat at the table.",
        "investment-2019",
        "about $2 billion",
    );
    agrees("E3", "Microsoft's first cheque, $1 billion in 2019, made it OpenAI's main backer.", "investment-2019");
    // Another company's first cheque is not Microsoft's.
    silent("E3", "Amazon's first investment, $4 billion in 2023, made it Anthropic's main backer.");
}

/// b12: "OpenAI will now pay Microsoft an uncapped 20 percent of its revenue until 2030": the
/// amendment's payments are subject to a total cap; an uncapped percentage says they are not.
#[test]
fn an_uncapped_percentage_of_revenue_is_an_uncapped_revenue_share() {
    contradicts(
        "E5",
        "OpenAI will pay Microsoft an uncapped 20 percent of its revenue through 2030.",
        "revenue-share-cap",
        "uncapped",
    );
    contradicts(
        "E5",
        "OpenAI now owes Microsoft an unlimited 20 per cent of its sales until 2030.",
        "revenue-share-cap",
        "uncapped",
    );
    agrees(
        "E5",
        "OpenAI will pay Microsoft 20 percent of its revenue through 2030, subject to a total cap.",
        "revenue-share-cap",
    );
}

/// b51: "Azure keeps first dibs only until Microsoft opts out": "until" states the exception, and
/// Microsoft's wish alone is not the term's "cannot and chooses not to".
#[test]
fn first_dibs_until_microsoft_opts_out_is_an_exception_of_choice_alone() {
    contradicts(
        "E5",
        "Azure keeps first dibs only until Microsoft opts out.",
        "azure-first-exception",
        "chooses not to",
    );
    contradicts(
        "E5",
        "OpenAI products ship first on Azure until Microsoft declines to support them.",
        "azure-first-exception",
        "chooses not to",
    );
    agrees(
        "E5",
        "OpenAI products ship first on Azure unless Microsoft cannot and chooses not to support them.",
        "azure-first-exception",
    );
    // Another term's "until Microsoft waives it" is not this exception.
    silent("E5", "The revenue share payments continue until Microsoft waives them.");
}
