//! The only words built into the wasm, so the box is never blank: what the widget says when
//! no language file could be read at all (a network cut, a broken upload), with a button to
//! try again, and what it says if it ever fails (`crate::failure`). One short line each per
//! language.

use super::Lang;

/// What the widget says, and the words of its "try again" button.
pub fn could_not_load(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("The quiz could not load. Please check your connection and try again.", "Try again"),
        Lang::Es => ("No se pudo cargar el cuestionario. Revisa tu conexión y vuelve a intentarlo.", "Intentar de nuevo"),
    }
}

/// What the widget says after a panic, when it cannot go on.
pub fn went_wrong(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Something went wrong. Please reload the page.",
        Lang::Es => "Algo salió mal. Vuelve a cargar la página.",
    }
}
