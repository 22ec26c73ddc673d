//! The only words built into the wasm: what the widget says when no language file could be
//! read at all (a network cut, a broken upload), so the box is never blank. One short line
//! per language and a button to try again.

use super::Lang;

/// What the widget says, and the words of its "try again" button.
pub fn could_not_load(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("The quiz could not load. Please check your connection and try again.", "Try again"),
        Lang::Es => ("No se pudo cargar el cuestionario. Revisa tu conexión y vuelve a intentarlo.", "Intentar de nuevo"),
    }
}
