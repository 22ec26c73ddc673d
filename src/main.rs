//! The binary Trunk builds. It mounts nothing on its own: every page mounts widgets through
//! `mountWidget`, the standalone page included (`start.js`), so the language file is fetched
//! beside the wasm by the same loader code everywhere.

fn main() {
    // Keeps the library (and so `mountWidget`) in the binary, which otherwise uses none of it.
    std::hint::black_box(intimacy_check::embed::mount_widget as *const ());
}
