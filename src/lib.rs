//! intimacy-check: a private "Do we have emotional intimacy?" quiz for counselling websites.
//!
//! [`core`] is the pure part (questions, scoring, state, saved format) and is tested
//! natively; the rest renders it with Yew in the browser.

pub mod app;
mod clock;
pub mod components;
pub mod core;
pub mod crypto;
mod download;
pub mod embed;
pub mod failure;
// Native only: it runs Yew's server renderer on a tokio runtime.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod first_screen;
#[cfg(test)]
mod layers;
mod hooks;
mod provider;
pub mod quiz;
pub mod storage;
pub mod loader_files;

pub use app::{App, AppProps, WidgetEvent};
pub use failure::mount;

/// A small free-list allocator instead of std's dlmalloc: 3.7 KiB less gzip. The wasm
/// runs on one thread, which is what `AssumeSingleThreaded` relies on; it keeps its free
/// blocks sorted and merges neighbours, so a long session reuses memory rather than growing
/// (see the browser test `a_long_session_does_not_grow_memory`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature has one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

