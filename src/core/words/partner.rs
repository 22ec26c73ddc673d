//! Sentences of the partner comparison.

use crate::core::bank::AreaId;
use crate::core::catalog::{fill, Catalog};
use crate::core::partner::compare::{AreaPair, FocusReason};

/// "Closeness: you 38, Sam 75, out of 100", or that one of the two has no score there.
pub fn partner_area_line(text: &Catalog, pair: &AreaPair, name: &str) -> String {
    let t = &text.partner;
    let area = text.area(pair.area).name;
    match (pair.mine, pair.theirs) {
        (Some(a), Some(b)) => {
            fill(t.area_line, &[("area", area), ("mine", &a.to_string()), ("name", name), ("theirs", &b.to_string())])
        }
        _ => fill(t.area_line_missing, &[("area", area)]),
    }
}

/// Why the plan for two gives time to an area.
pub fn partner_focus_reason(text: &Catalog, area: AreaId, why: FocusReason) -> String {
    let t = &text.partner;
    let template = match why {
        FocusReason::BothLow => t.reason_both_low,
        FocusReason::SeenDifferently => t.reason_apart,
    };
    fill(template, &[("area", text.area(area).name)])
}
