//! Whatever a client sends, the decoders of URLs and forms answer — a value or a French refusal —
//! and never panic (issue 12: hostile input). Arbitrary strings, arbitrary pairs, and pairs made of
//! the names the decoders know with arbitrary values, which reach deeper than random names do.

use crate::flow::Flow;
use crate::indicators::filter::Filter;
use crate::indicators::map::Layer;
use crate::journey::{query_pairs, url, Journey};
use proptest::prelude::*;

/// Names the public pages read, so that values reach the parsers behind them.
const NAMES: [&str; 14] = [
    "besoin",
    "commune",
    "commune_texte",
    "mobilite",
    "public",
    "ecran",
    "guichet",
    "imprimer",
    "du",
    "au",
    "epci",
    "vue",
    "demarche_organisme",
    "demarche_aide",
];

fn pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![prop::sample::select(NAMES.to_vec()).prop_map(str::to_owned), any::<String>()];
    prop::collection::vec((name, any::<String>()), 0..40)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_query_string_decodes_to_pairs_without_panicking(query in any::<String>(), bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = query_pairs(&query);
        // Percent-escapes of any bytes, UTF-8 or not.
        let escaped: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let _ = query_pairs(&escaped);
        let _ = query_pairs(&format!("{query}%{}", escaped.get(..2).unwrap_or("")));
    }

    #[test]
    fn encoded_pairs_decode_to_themselves(pairs in pairs()) {
        let link = url("/p", &pairs);
        let query = link.split_once('?').map_or("", |(_, q)| q);
        prop_assert_eq!(query_pairs(query), pairs);
    }

    #[test]
    fn any_pairs_make_a_journey_or_a_refusal_never_a_panic(pairs in pairs()) {
        let flow = Flow::shipped();
        let _ = Journey::from_pairs(flow, &pairs);
        let raw: usize = pairs.iter().map(|(k, v)| k.len() + v.len()).sum();
        let _ = Journey::parse(flow, raw, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    }

    #[test]
    fn any_pairs_make_an_indicators_filter_and_a_map_layer_or_a_refusal(pairs in pairs()) {
        let geography = crate::commune_search::tests::gazetteer().geography();
        let _ = Filter::parse(&pairs, "2026-11-29", Flow::shipped(), geography);
        let get = |n: &str| pairs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        let _ = Layer::parse(get("vue"), get("besoin"), &["equiper", "demarche"]);
    }
}
