//! Kliping's browser app. All article logic lives in `kliping-core`; this crate only wires
//! files from the page into the core and displays what comes back.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod bench;
#[cfg(target_arch = "wasm32")]
mod ingest_worker;
#[cfg(target_arch = "wasm32")]
mod storage;
// Plain data and logic: compiled (and unit-tested) natively too.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod i18n;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod route;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod samples;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod state;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // `#bench` opens the in-browser benchmark page instead of the explorer; `#bench-cold`
    // measures without the warm-up the app does when the model loads.
    let hash = leptos::prelude::window()
        .location()
        .hash()
        .unwrap_or_default();
    if hash == "#bench" || hash == "#bench-cold" {
        let warm = hash == "#bench";
        leptos::mount::mount_to_body(move || leptos::view! { <bench::BenchPage warm=warm /> });
    } else {
        leptos::mount::mount_to_body(app::App);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kliping-app is a browser app: build it with `trunk build` (see README.md).");
}
