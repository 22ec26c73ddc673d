//! The one sort the widget uses. Every list it sorts is short (at most a few dozen items),
//! where a stable insertion sort is as fast as the standard library's and a fraction of its
//! code, which would otherwise be compiled again for every call site.

/// Sorts `v` by `key`, keeping equal items in their order (stable). Quadratic: short lists only.
pub fn sort_by_key_small<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key_small(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        sort_by_key_small(&mut empty, |&x| x);
        let mut long: Vec<u32> = (0..100).map(|i| (i * 37) % 101).collect();
        let mut expected = long.clone();
        expected.sort();
        sort_by_key_small(&mut long, |&x| x);
        assert_eq!(long, expected);
    }
}
