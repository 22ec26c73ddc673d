//! The partner code in a link: in the page's `#fragment`, which browsers never send to a
//! web server. Some mail scanners rewrite `#` as `%23`; that form is read too.

/// What comes before the code in the fragment.
pub const KEY: &str = "ic-partner=";

/// The code in `href`, and `href` without it (nothing else touched); `None` if it has none.
pub fn code_in_url(href: &str) -> Option<(String, String)> {
    let (start, marker) = match href.find(&format!("#{KEY}")) {
        Some(i) => (i, 1),
        None => (href.find(&format!("%23{KEY}"))?, 3),
    };
    let from = start + marker + KEY.len();
    let rest = &href[from..];
    let len = rest.find(['&', '#', '?', '/']).unwrap_or(rest.len());
    let code = rest[..len].to_string();
    let clean = format!("{}{}", &href[..start], &rest[len..]);
    (!code.is_empty()).then_some((code, clean))
}

/// A link to the page at `href` carrying `code`.
pub fn link_with_code(href: &str, code: &str) -> String {
    let page = href.split('#').next().unwrap_or(href);
    format!("{page}#{KEY}{code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_found_and_only_it_is_removed() {
        let page = "https://harbour.example/check-in/?utm=1";
        let link = link_with_code(page, "ABCD-EFGH-JKM0");
        assert_eq!(link, "https://harbour.example/check-in/?utm=1#ic-partner=ABCD-EFGH-JKM0");
        assert_eq!(code_in_url(&link), Some(("ABCD-EFGH-JKM0".into(), page.into())));
        // A link made from a page that already had a fragment replaces it.
        assert_eq!(link_with_code("https://a.example/#top", "X"), "https://a.example/#ic-partner=X");
    }

    #[test]
    fn the_form_mail_scanners_produce_is_read_too() {
        let scanned = "https://harbour.example/check-in/%23ic-partner=ABCD-EFGH-JKM0";
        assert_eq!(code_in_url(scanned), Some(("ABCD-EFGH-JKM0".into(), "https://harbour.example/check-in/".into())));
        let in_query = "https://a.example/?x=1%23ic-partner=ABCD&y=2";
        assert_eq!(code_in_url(in_query), Some(("ABCD".into(), "https://a.example/?x=1&y=2".into())));
    }

    #[test]
    fn no_code_no_change() {
        for href in ["https://a.example/", "https://a.example/#ic-partner=", "https://a.example/#other", ""] {
            assert_eq!(code_in_url(href), None, "{href}");
        }
    }
}
