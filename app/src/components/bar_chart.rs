//! A horizontal bar chart drawn on the server as SVG: each bar with its name above it and its figure
//! after it, so that it reads without a legend, in print and in any colour scheme. It is one named
//! image for screen readers, its description listing every figure; the table next to it carries the
//! same figures for those who prefer one.

use leptos::prelude::*;

/// The drawing's width in its own units; it scales to the column.
const WIDTH: u32 = 400;
/// The room of one bar: its name, then the bar.
const ROW: u32 = 48;
/// The room kept after the longest bar for its figure.
const FIGURE: u32 = 110;

/// `bars`: (name, value drawn, figure as written). A hidden figure (« moins de 5 ») draws no bar.
#[component]
pub fn BarChart(title: String, bars: Vec<(String, u64, String)>) -> impl IntoView {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let height = ROW * u32::try_from(bars.len()).unwrap_or(0) + 4;
    let description = bars.iter().map(|(name, _, figure)| format!("{name} : {figure}")).collect::<Vec<_>>().join(" ; ");
    let span = u64::from(WIDTH - FIGURE);
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, (name, value, figure))| {
            // The drawing has room for about 44 characters; the table beside it has the whole name.
            let name = if name.chars().count() > 44 { format!("{}…", name.chars().take(43).collect::<String>()) } else { name };
            let top = ROW * u32::try_from(i).unwrap_or(0);
            let length = u32::try_from(value * span / max).unwrap_or(0).max(u32::from(value > 0));
            view! {
                <text x="0" y=top + 17 class="chart-label">{name}</text>
                <rect x="0" y=top + 24 width=length height="16" class="chart-bar"></rect>
                <text x=length + 6 y=top + 38 class="chart-figure">{figure}</text>
            }
        })
        .collect_view();
    let name = title.clone();
    view! {
        <svg class="bar-chart" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=name preserveAspectRatio="xMinYMin meet">
            <title>{title}</title>
            <desc>{description}</desc>
            {rows}
        </svg>
    }
}
