//! Stable sorting with one copy of the sort code for the whole program.
//! The standard library's sorts are fast but generic: each call site with its
//! own element type and closure gets its own copy of the algorithm, a few
//! kilobytes each in the wasm (over 100 KB for the app's thirty call sites
//! before this). Here only the order of indices is sorted, through one
//! instantiation of the standard sort; the elements are then moved into place.
//! The result is exactly the standard stable sort's.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if let Some(order) = stable_order(v.len(), &mut |i, j| cmp(&v[i], &v[j])) {
        permute(v, order);
    }
}

/// Sorts `v` stably by `key`, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably by a key packed in a `u64` whose order `bucket` follows
/// (`bucket(x) < bucket(y)` implies `key(x) < key(y)`; buckets below
/// `buckets`): a counting sort by bucket, then an insertion sort within each
/// bucket, which holds few. For positions in the text (the mentions of all
/// actors): linear, where a comparison sort was not.
pub fn sort_by_position<T>(v: &mut [T], buckets: usize, mut key: impl FnMut(&T) -> (usize, u64)) {
    // (a short list: the comparison sort, without tables)
    if v.len() <= 256 {
        return sort_by(v, |x, y| key(x).1.cmp(&key(y).1));
    }
    let keys: Vec<(usize, u64)> = v.iter().map(key).collect();
    if let Some(order) = bucket_order(&keys, buckets) {
        permute(v, order);
    }
}

#[inline(never)]
fn bucket_order(keys: &[(usize, u64)], buckets: usize) -> Option<Vec<u32>> {
    if keys.windows(2).all(|w| w[0].1 <= w[1].1) {
        return None;
    }
    // where each bucket starts in the order, then each index in its bucket
    let mut next = vec![0u32; buckets + 1];
    for k in keys {
        next[k.0 + 1] += 1;
    }
    for b in 0..buckets {
        next[b + 1] += next[b];
    }
    let mut order = vec![0u32; keys.len()];
    for (i, k) in keys.iter().enumerate() {
        order[next[k.0] as usize] = i as u32;
        next[k.0] += 1;
    }
    // within a bucket by key, equal keys in their first order
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && keys[order[j - 1] as usize].1 > keys[order[j] as usize].1 {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
    Some(order)
}

/// The indices `0..n` in the order `cmp` sorts them, equal ones in their
/// original order (one copy of the standard sort serves every caller);
/// none when they are in order already.
#[inline(never)]
fn stable_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Option<Vec<u32>> {
    // most lists are built in order already: nothing to do then
    if (1..n).all(|i| cmp(i - 1, i) != Ordering::Greater) {
        return None;
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&i, &j| cmp(i as usize, j as usize));
    Some(order)
}

/// Moves `v[order[k]]` to position `k` for every `k`, in place, following
/// each cycle of the permutation.
fn permute<T>(v: &mut [T], mut order: Vec<u32>) {
    for start in 0..v.len() {
        let mut k = start;
        while order[k] as usize != start {
            let from = order[k] as usize;
            v.swap(k, from);
            order[k] = k as u32;
            k = from;
        }
        order[k] = k as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // pairs with many equal keys: stability shows in the second field
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(u8, u32)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            let mut std = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
            sort_by(&mut ours, |a, b| b.cmp(a));
            std.sort_by(|a, b| b.cmp(a));
            assert_eq!(ours, std);
            // by position: buckets of four
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort_by_position(&mut ours, 8, |p| (usize::from(p.0 / 4), u64::from(p.0)));
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
        }
    }
}
