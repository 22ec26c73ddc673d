//! The binary Trunk builds. It does nothing on its own: every page mounts widgets through
//! `mountWidget`, the standalone page included (`start.js`), so that the language file is
//! fetched beside the wasm by the same loader code everywhere.

fn main() {}
