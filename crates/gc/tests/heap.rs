//! Collector behaviour, run against both collectors: fragmentation,
//! graphs, deep chains, sizes, exhaustion, lock, switches, finalisers.
#![allow(clippy::unwrap_used)]

mod common;

use common::{heap, Rng, CO, MS, STRESS};
use pycopy_gc::{
    AllocError, CollectorKind, GcRef, Heap, HeapConfig, HeapError, NoRoots, Scan, Value,
};
use rstest::rstest;

const NODE: u8 = 1;
const LEAF: u8 = 2;

fn r(v: Value) -> GcRef {
    v.as_ref().unwrap()
}

/// The glossary's example: 4K of memory, four 1K chunks, free #1 and #3.
#[rstest]
fn fragmentation_example(#[values(MS, CO)] kind: CollectorKind) {
    const BLOCK_BYTES: usize = 1024;
    const BODY: usize = BLOCK_BYTES / 8 - 1;
    let mut h = heap(4 * BLOCK_BYTES, kind);
    let mut roots: Vec<Value> = Vec::new();
    for i in 0..4 {
        let o = h.alloc(LEAF, Scan::None, BODY, &mut roots).unwrap();
        h.words_mut(o).fill(i as u64 * 0x0101_0101);
        roots.push(o.value());
    }
    assert_eq!(h.stats().free_bytes, 0);
    assert!(h.alloc(LEAF, Scan::None, 0, &mut roots).is_err());
    // Drop chunks #1 and #3.
    roots.remove(3);
    roots.remove(1);
    h.collect(&mut roots);
    let s = h.stats();
    assert_eq!(s.free_bytes, 2 * BLOCK_BYTES);
    assert_eq!(s.objects, 2);
    assert_eq!(s.largest_object_bytes, BLOCK_BYTES);
    assert_eq!((s.objects_1_unit, s.objects_2_units), (0, 0));
    match kind {
        CollectorKind::MarkSweep => {
            assert_eq!(s.largest_free_bytes, BLOCK_BYTES);
            assert_eq!(s.free_blocks, 2);
        }
        CollectorKind::Compacting if !STRESS => {
            assert_eq!(s.largest_free_bytes, 2 * BLOCK_BYTES);
            assert_eq!(s.free_blocks, 1);
        }
        CollectorKind::Compacting => assert!(s.largest_free_bytes >= 2 * BLOCK_BYTES - 16),
    }
    // Two chunks' worth (header included).
    let two = h.alloc(LEAF, Scan::None, 2 * BODY + 1, &mut roots);
    match kind {
        CollectorKind::MarkSweep => assert_eq!(
            two,
            Err(AllocError::OutOfMemory {
                requested_bytes: (2 * BODY + 1) * 8
            })
        ),
        CollectorKind::Compacting => {
            assert!(two.is_ok());
            assert_eq!(h.stats().free_bytes, 0);
            assert!(
                h.stats().bytes_moved >= BLOCK_BYTES as u64,
                "chunk #2 slid down"
            );
        }
    }
    // The surviving chunks kept their contents (wherever they are now).
    assert!(h.words(r(roots[0])).iter().all(|&w| w == 0));
    assert!(h.words(r(roots[1])).iter().all(|&w| w == 2 * 0x0101_0101));
    assert_eq!(h.len_words(r(roots[1])), BODY);
}

/// Builds a ring of `n` nodes `[next, shared | id, n]` all pointing at one shared leaf.
fn build_ring(h: &mut Heap, n: usize, roots: &mut Vec<Value>) -> GcRef {
    let base = roots.len();
    let shared = h.alloc(LEAF, Scan::None, 3, roots).unwrap();
    h.words_mut(shared).copy_from_slice(&[7, 8, 9]);
    roots.push(shared.value());
    roots.push(Value::NONE); // first
    roots.push(Value::NONE); // previous
    for i in 0..n {
        let node = h.alloc(NODE, Scan::Prefix(2), 4, roots).unwrap();
        let shared = roots[base];
        h.values_mut(node)[1] = shared;
        h.words_mut(node).copy_from_slice(&[i as u64, n as u64]);
        if i == 0 {
            roots[base + 1] = node.value();
        } else {
            let prev = r(roots[base + 2]);
            h.values_mut(prev)[0] = node.value();
        }
        roots[base + 2] = node.value();
    }
    let last = r(roots[base + 2]);
    let first = roots[base + 1];
    h.values_mut(last)[0] = first;
    roots.truncate(base);
    r(first)
}

fn check_ring(h: &Heap, first: GcRef, n: usize) {
    let shared = r(h.values(first)[1]);
    assert_eq!(h.words(shared), &[7, 8, 9]);
    let mut cur = first;
    for i in 0..n {
        assert_eq!(h.kind(cur), NODE);
        assert_eq!(h.words(cur), &[i as u64, n as u64]);
        assert_eq!(r(h.values(cur)[1]), shared, "shared leaf is one object");
        cur = r(h.values(cur)[0]);
    }
    assert_eq!(cur, first, "the ring closes");
}

fn garbage(h: &mut Heap, rng: &mut Rng, count: usize, mut roots: &mut [Value]) {
    for _ in 0..count {
        let n = rng.below(20);
        let _ = h.alloc(LEAF, Scan::All, n, &mut roots);
    }
}

#[rstest]
fn cycles_and_shared_refs_survive(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(256 * 1024, kind);
    let start = h.stats().free_bytes;
    let mut rng = Rng::new(1);
    let mut roots = Vec::new();
    let first = build_ring(&mut h, 500, &mut roots);
    roots.push(first.value());
    // A second, unrooted ring: garbage with cycles.
    build_ring(&mut h, 300, &mut roots);
    for round in 0..10 {
        garbage(&mut h, &mut rng, 300, &mut roots);
        h.collect(&mut roots);
        check_ring(&h, r(roots[0]), 500);
        let s = h.stats();
        assert_eq!(
            s.objects, 501,
            "round {round}: only the rooted ring and its leaf live"
        );
        assert_eq!(s.used_bytes, 500 * 5 * 8 + 4 * 8);
    }
    roots.clear();
    h.collect(&mut roots);
    assert_eq!(h.stats().free_bytes, start);
    assert_eq!(h.stats().objects, 0);
}

#[rstest]
fn deep_chain_of_100000(#[values(MS, CO)] kind: CollectorKind) {
    const N: usize = 100_000;
    let mut h = heap(4 * 1024 * 1024, kind);
    if STRESS {
        // Collecting at each of 100000 allocations would be quadratic.
        h.disable();
    }
    let mut roots = vec![Value::NONE];
    for i in 0..N {
        let node = h.alloc(NODE, Scan::Prefix(1), 2, &mut roots).unwrap();
        h.values_mut(node)[0] = roots[0];
        h.words_mut(node)[0] = i as u64;
        roots[0] = node.value();
    }
    h.enable();
    let mut rng = Rng::new(2);
    // Under gc-stress each of these allocations collects the whole chain.
    let junk = if STRESS { 10 } else { 1000 };
    for _ in 0..3 {
        garbage(&mut h, &mut rng, junk, &mut roots);
        h.collect(&mut roots);
        assert_eq!(h.stats().objects, N);
        let mut cur = roots[0];
        for i in (0..N).rev() {
            let o = r(cur);
            assert_eq!(h.words(o)[0], i as u64);
            cur = h.values(o)[0];
        }
        assert_eq!(cur, Value::NONE);
    }
    roots.clear();
    h.collect(&mut roots);
    assert_eq!(h.stats().used_bytes, 0);
}

#[rstest]
fn wide_fan_out_overflows_a_small_mark_stack(#[values(MS, CO)] kind: CollectorKind) {
    let mut cfg = HeapConfig::new(512 * 1024, kind);
    cfg.mark_stack = 8;
    let mut h = Heap::with_config(cfg).unwrap();
    let mut roots = vec![Value::NONE];
    let top = h.alloc(NODE, Scan::All, 200, &mut roots).unwrap();
    roots[0] = top.value();
    for i in 0..200 {
        let mid = h.alloc(NODE, Scan::Prefix(10), 11, &mut roots).unwrap();
        h.words_mut(mid)[0] = i;
        let top = r(roots[0]);
        h.values_mut(top)[i as usize] = mid.value();
        for j in 0..10 {
            let leaf = h.alloc(LEAF, Scan::None, 1, &mut roots).unwrap();
            h.words_mut(leaf)[0] = i * 100 + j;
            let mid = r(h.values(r(roots[0]))[i as usize]);
            h.values_mut(mid)[j as usize] = leaf.value();
        }
    }
    garbage(&mut h, &mut Rng::new(3), 500, &mut roots);
    h.collect(&mut roots);
    assert!(h.mark_rescans() > 0, "the 8-entry stack overflowed");
    assert_eq!(h.stats().objects, 1 + 200 + 2000);
    let top = r(roots[0]);
    for i in 0..200 {
        let mid = r(h.values(top)[i]);
        assert_eq!(h.words(mid)[0], i as u64);
        for j in 0..10 {
            let leaf = r(h.values(mid)[j]);
            assert_eq!(h.words(leaf)[0], (i * 100 + j) as u64);
        }
    }
}

fn pattern(seed: usize, i: usize) -> u64 {
    (seed as u64)
        .wrapping_mul(0x9E37_79B9)
        .wrapping_add(i as u64)
}

#[rstest]
fn objects_of_many_sizes_keep_their_contents(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(2 * 1024 * 1024, kind);
    let start = h.stats().free_bytes;
    let mut roots: Vec<Value> = Vec::new();
    let mut kept = Vec::new();
    let mut rng = Rng::new(4);
    for size in 0..300usize {
        for (s, scan) in [Scan::None, Scan::All, Scan::Prefix(3)]
            .into_iter()
            .enumerate()
        {
            let o = h.alloc(LEAF + s as u8, scan, size, &mut roots).unwrap();
            h.set_aux(o, (size % 256) as u8);
            for (i, w) in h.words_mut(o).iter_mut().enumerate() {
                *w = pattern(size, i);
            }
            for (i, v) in h.values_mut(o).iter_mut().enumerate() {
                *v = Value::int((size * 1000 + i) as i64).unwrap();
            }
            if (size + s) % 2 == 0 {
                roots.push(o.value());
                kept.push((size, s));
            }
        }
    }
    for _ in 0..5 {
        garbage(&mut h, &mut rng, 200, &mut roots);
        h.collect(&mut roots);
        assert_eq!(h.stats().objects, kept.len());
        for (v, &(size, s)) in roots.iter().zip(&kept) {
            let o = r(*v);
            assert_eq!(h.len_words(o), size);
            assert_eq!(h.kind(o), LEAF + s as u8);
            assert_eq!(h.aux(o), (size % 256) as u8);
            let nv = match s {
                0 => 0,
                1 => size,
                _ => size.min(3),
            };
            assert_eq!(h.values(o).len(), nv);
            assert_eq!(h.words(o).len(), size - nv);
            for (i, w) in h.words(o).iter().enumerate() {
                assert_eq!(*w, pattern(size, i));
            }
            for (i, v) in h.values(o).iter().enumerate() {
                assert_eq!(v.as_int(), Some((size * 1000 + i) as i64));
            }
        }
    }
    roots.clear();
    h.collect(&mut roots);
    assert_eq!(h.stats().free_bytes, start);
}

#[rstest]
fn exhaustion_is_an_error_and_recoverable(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(64 * 1024, kind);
    let mut roots: Vec<Value> = Vec::new();
    let mut n = 0;
    let err = loop {
        match h.alloc(LEAF, Scan::All, 15, &mut roots) {
            Ok(o) => {
                roots.push(o.value());
                n += 1;
            }
            Err(e) => break e,
        }
    };
    assert_eq!(
        err,
        AllocError::OutOfMemory {
            requested_bytes: 120
        }
    );
    assert_eq!(n, 64 * 1024 / 128);
    assert_eq!(
        err.to_string(),
        "memory allocation failed, allocating 120 bytes"
    );
    roots.clear();
    for _ in 0..n {
        let o = h.alloc(LEAF, Scan::All, 15, &mut roots).unwrap();
        roots.push(o.value());
    }
    assert_eq!(roots.len(), n);
}

#[rstest]
fn oversized_requests_fail_cleanly(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(4096, kind);
    assert_eq!(
        h.alloc(LEAF, Scan::None, 512, &mut NoRoots),
        Err(AllocError::OutOfMemory {
            requested_bytes: 4096
        })
    );
    assert_eq!(
        h.alloc_bytes(LEAF, usize::MAX, &mut NoRoots),
        Err(AllocError::OutOfMemory {
            requested_bytes: usize::MAX
        })
    );
    assert_eq!(
        h.alloc(LEAF, Scan::All, usize::MAX, &mut NoRoots),
        Err(AllocError::OutOfMemory {
            requested_bytes: usize::MAX
        })
    );
    // The largest possible object fits exactly.
    assert!(h.alloc(LEAF, Scan::None, 511, &mut NoRoots).is_ok());
}

#[rstest]
fn heap_lock_refuses_and_unlock_restores(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(4096, kind);
    let mut roots = vec![h.alloc(LEAF, Scan::None, 3, &mut NoRoots).unwrap().value()];
    h.lock();
    h.lock();
    assert!(h.is_locked());
    assert_eq!(
        h.alloc(LEAF, Scan::None, 1, &mut roots),
        Err(AllocError::Locked)
    );
    assert_eq!(
        h.alloc(LEAF, Scan::None, 100_000, &mut roots),
        Err(AllocError::Locked)
    );
    let before = h.stats().collections;
    h.collect(&mut roots);
    assert_eq!(h.stats().collections, before, "no collection while locked");
    assert_eq!(h.unlock(), 1);
    assert_eq!(
        h.alloc(LEAF, Scan::None, 1, &mut roots),
        Err(AllocError::Locked)
    );
    assert_eq!(h.unlock(), 0);
    assert!(!h.is_locked());
    assert!(h.alloc(LEAF, Scan::None, 1, &mut roots).is_ok());
    assert_eq!(h.unlock(), 0, "unlock below zero is a no-op");
}

#[rstest]
fn disabled_collection_fails_when_full_until_collected(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(8192, kind);
    h.disable();
    assert!(!h.is_enabled());
    let mut n = 0;
    while h.alloc(LEAF, Scan::None, 7, &mut NoRoots).is_ok() {
        n += 1;
    }
    assert_eq!(n, 8192 / 64);
    assert_eq!(h.stats().collections, 0, "never collected automatically");
    h.collect(&mut NoRoots);
    assert_eq!(h.stats().collections, 1);
    assert_eq!(h.stats().used_bytes, 0);
    h.enable();
    for _ in 0..3 * n {
        assert!(h.alloc(LEAF, Scan::None, 7, &mut NoRoots).is_ok());
    }
    assert!(h.stats().collections >= 3);
}

#[rstest]
fn threshold_triggers_collections(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(1024 * 1024, kind);
    h.set_threshold(Some(4096));
    assert_eq!(h.threshold(), Some(4096));
    for _ in 0..1000 {
        h.alloc(LEAF, Scan::None, 7, &mut NoRoots).unwrap();
    }
    // 64000 bytes allocated, a collection before the allocation after each 4096.
    let c = h.stats().collections;
    if STRESS {
        assert_eq!(c, 1000);
    } else {
        assert_eq!(c, 64_000 / 4096);
    }
    h.set_threshold(None);
    let before = h.stats().collections;
    for _ in 0..1000 {
        h.alloc(LEAF, Scan::None, 7, &mut NoRoots).unwrap();
    }
    if !STRESS {
        assert_eq!(h.stats().collections, before);
    }
}

#[rstest]
fn temp_roots_keep_objects_and_follow_moves(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(16 * 1024, kind);
    let mark = h.root_mark();
    let a = h.alloc(LEAF, Scan::None, 2, &mut NoRoots).unwrap();
    h.words_mut(a).copy_from_slice(&[11, 22]);
    let ia = h.push_root(a.value());
    let _junk = h.alloc(LEAF, Scan::None, 50, &mut NoRoots).unwrap();
    let b = h.alloc(LEAF, Scan::None, 2, &mut NoRoots).unwrap();
    h.words_mut(b).copy_from_slice(&[33, 44]);
    let ib = h.push_root(b.value());
    h.collect(&mut NoRoots);
    let (a2, b2) = (h.root_ref(ia).unwrap(), h.root_ref(ib).unwrap());
    assert_eq!(h.words(a2), &[11, 22]);
    assert_eq!(h.words(b2), &[33, 44]);
    assert_eq!(h.stats().objects, 2);
    if kind.is_moving() && !STRESS {
        assert_ne!(b2, b, "b slid down over the dead block");
    }
    h.truncate_roots(mark);
    assert_eq!(h.root(ia), Value::EMPTY);
    h.collect(&mut NoRoots);
    assert_eq!(h.stats().objects, 0);
}

#[rstest]
fn finalisable_objects_are_handed_out_once(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(16 * 1024, kind);
    let mut roots = vec![Value::NONE];
    let file = h.alloc(NODE, Scan::Prefix(1), 2, &mut roots).unwrap();
    h.words_mut(file)[0] = 7; // "fd"
    roots[0] = file.value();
    let name = h.alloc(LEAF, Scan::None, 1, &mut roots).unwrap();
    h.words_mut(name)[0] = 0xABCD;
    let file = r(roots[0]);
    h.values_mut(file)[0] = name.value();
    h.set_finaliser(file, true);
    assert!(h.has_finaliser(file));
    h.collect(&mut roots);
    assert_eq!(h.pending_finalisers(), 0, "still reachable");
    roots.clear();
    h.alloc(LEAF, Scan::None, 40, &mut roots).unwrap();
    h.collect(&mut roots);
    assert_eq!(h.pending_finalisers(), 1);
    assert_eq!(
        h.stats().objects,
        2,
        "the file and what it references are kept"
    );
    let f = h.pop_finalisable().unwrap();
    assert!(!h.has_finaliser(f));
    assert_eq!(h.words(f)[0], 7);
    assert_eq!(h.words(r(h.values(f)[0]))[0], 0xABCD);
    assert_eq!(h.pop_finalisable(), None);
    h.collect(&mut roots);
    assert_eq!(h.stats().objects, 0, "freed by the next collection");
    assert_eq!(h.pending_finalisers(), 0);
}

/// Finalisable objects are tracked in a list, not found by a heap walk:
/// the list follows objects the compactor moves, and only the unreachable
/// ones are handed out, each with its own contents.
#[rstest]
fn finalisable_objects_are_tracked_across_moves(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(64 * 1024, kind);
    let mut roots: Vec<Value> = Vec::new();
    // Garbage below them, so the compactor slides them down.
    for _ in 0..20 {
        h.alloc(LEAF, Scan::None, 8, &mut roots).unwrap();
    }
    for i in 0..6u64 {
        let o = h.alloc(LEAF, Scan::None, 1, &mut roots).unwrap();
        h.words_mut(o)[0] = 100 + i;
        h.set_finaliser(o, true);
        roots.push(o.value());
    }
    h.collect(&mut roots);
    assert_eq!(h.pending_finalisers(), 0, "all reachable");
    // Drop the even ones, then collect: exactly those are handed out.
    let kept: Vec<Value> = roots.iter().copied().skip(1).step_by(2).collect();
    roots = kept;
    h.collect(&mut roots);
    let mut got = Vec::new();
    while let Some(f) = h.pop_finalisable() {
        assert!(!h.has_finaliser(f));
        got.push(h.words(f)[0]);
    }
    got.sort_unstable();
    assert_eq!(got, vec![100, 102, 104]);
    for v in &roots {
        assert!(h.has_finaliser(r(*v)), "survivors keep their finaliser");
    }
    // The survivors are still tracked: unreachable next time, handed out.
    roots.clear();
    h.collect(&mut roots);
    let mut got = Vec::new();
    while let Some(f) = h.pop_finalisable() {
        got.push(h.words(f)[0]);
    }
    got.sort_unstable();
    assert_eq!(got, vec![101, 103, 105]);
    h.collect(&mut roots);
    assert_eq!(h.stats().objects, 0);
}

#[rstest]
fn shrink_gives_back_the_tail(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(16 * 1024, kind);
    let mut roots = vec![Value::NONE, Value::NONE];
    let a = h.alloc(LEAF, Scan::All, 100, &mut roots).unwrap();
    roots[0] = a.value();
    let b = h.alloc(LEAF, Scan::None, 4, &mut roots).unwrap();
    roots[1] = b.value();
    let a = r(roots[0]);
    for (i, v) in h.values_mut(a).iter_mut().enumerate() {
        *v = Value::from_small(i as i32);
    }
    let used = h.used_bytes();
    h.shrink(a, 10);
    assert_eq!(h.used_bytes(), used - 90 * 8);
    assert_eq!(h.len_words(a), 10);
    h.collect(&mut roots);
    let a = r(roots[0]);
    assert_eq!(h.values(a).len(), 10);
    for (i, v) in h.values(a).iter().enumerate() {
        assert_eq!(v.as_int(), Some(i as i64));
    }
    assert_eq!(h.stats().used_bytes, (11 + 5) * 8);
}

#[rstest]
fn copy_and_fill_values_stay_inside_value_words(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(16 * 1024, kind);
    let mut roots: Vec<Value> = vec![];
    let a = h.alloc(LEAF, Scan::All, 6, &mut roots).unwrap();
    // Rooted: under gc-stress allocating `b` collects (and moves `a`).
    roots.push(a.value());
    let b = h.alloc(LEAF, Scan::Prefix(2), 4, &mut roots).unwrap();
    let a = r(roots[0]);
    for (i, v) in h.values_mut(a).iter_mut().enumerate() {
        *v = Value::from_small(i as i32);
    }
    let ints = |h: &Heap, r: GcRef| -> Vec<i64> {
        h.values(r)
            .iter()
            .map(|v| v.as_int().unwrap_or(-1))
            .collect()
    };
    // Overlapping moves within one object, both directions.
    assert!(h.copy_values(a, 0, a, 2, 4));
    assert_eq!(ints(&h, a), [0, 1, 0, 1, 2, 3]);
    assert!(h.copy_values(a, 2, a, 0, 4));
    assert_eq!(ints(&h, a), [0, 1, 2, 3, 2, 3]);
    // Between objects, only into the value prefix.
    assert!(h.copy_values(a, 1, b, 0, 2));
    assert_eq!(ints(&h, b), [1, 2]);
    assert!(!h.copy_values(a, 0, b, 0, 3));
    assert!(!h.copy_values(a, 5, b, 0, 2));
    assert!(!h.copy_values(a, usize::MAX, b, 0, 2));
    assert_eq!(ints(&h, b), [1, 2]);
    assert!(h.words(b).iter().all(|w| *w == 0));
    // Fill.
    assert!(h.fill_values(a, 4, 2, Value::NONE));
    assert_eq!(ints(&h, a), [0, 1, 2, 3, -1, -1]);
    assert!(!h.fill_values(b, 1, 2, Value::NONE));
    assert!(h.words(b).iter().all(|w| *w == 0));
    assert!(h.copy_values(a, 6, b, 2, 0));
}

#[rstest]
fn fields_read_and_write_value_words(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(16 * 1024, kind);
    let mut roots: Vec<Value> = vec![];
    let o = h.alloc(LEAF, Scan::All, 3, &mut roots).unwrap();
    for i in 0..3 {
        h.set_field(o, i, Value::from_small(10 + i as i32));
    }
    let got: Vec<Value> = (0..3).map(|i| h.field(o, i)).collect();
    assert_eq!(got, h.values(o));
    assert_eq!(h.field(o, 2), Value::from_small(12));
}

#[rstest]
fn raw_words_read_by_absolute_index(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(16 * 1024, kind);
    let mut roots: Vec<Value> = vec![];
    let o = h.alloc(LEAF, Scan::Prefix(1), 3, &mut roots).unwrap();
    h.words_mut(o)[0] = 0x2222_2222_1111_1111;
    h.words_mut(o)[1] = 0x4444_4444_3333_3333;
    // The raw words follow the header and the one value word.
    let start = o.offset() as usize + 2;
    let words: Vec<u64> = (0..2).map(|i| h.word_at(start + i)).collect();
    assert_eq!(words, [0x2222_2222_1111_1111, 0x4444_4444_3333_3333]);
    // Past the heap's end: 0, never a panic.
    assert_eq!(h.word_at(usize::MAX), 0);
    assert_eq!(h.word_at(16 * 1024 / 8), 0);
}

#[rstest]
fn heap_map_pictures_objects_and_free_space(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(64 * 1024, kind);
    let mut roots = Vec::new();
    for k in 0..3u8 {
        let o = h.alloc(k, Scan::None, 31, &mut roots).unwrap();
        roots.push(o.value());
    }
    h.collect(&mut roots);
    let map = h.heap_map(&|k| (b'A' + k) as char);
    let first = map.lines().next().unwrap();
    assert!(first.starts_with("00000000: "), "{map}");
    assert!(first.contains("A=======B=======C======="), "{map}");
    assert!(map.contains("lines all free"), "{map}");
    roots.clear();
    h.collect(&mut roots);
    let empty = h.heap_map(&|_| 'h');
    assert_eq!(empty.trim(), "(32 lines all free)");
}

#[rstest]
#[case(0)]
#[case(15)]
fn heap_creation_limits(#[case] bytes: usize) {
    assert_eq!(
        Heap::new(bytes, CollectorKind::MarkSweep).err(),
        Some(HeapError::TooSmall { bytes, min: 16 })
    );
}

#[test]
fn collector_kind_names() {
    assert_eq!(CollectorKind::parse("marksweep"), Some(MS));
    assert_eq!(CollectorKind::parse("compact"), Some(CO));
    assert_eq!(CollectorKind::parse("copying"), None);
    assert_eq!(CO.name(), "compact");
    assert!(CO.is_moving() && !MS.is_moving());
}

/// Under `gc-stress` the compactor moves every live object at every
/// collection, whatever the layout (holes or none).
#[cfg(feature = "gc-stress")]
#[test]
fn stress_moves_every_object_every_time() {
    let mut h = heap(64 * 1024, CO);
    let mut roots: Vec<Value> = Vec::new();
    let mut rng = Rng::new(9);
    for i in 0..200u64 {
        let o = h
            .alloc(LEAF, Scan::None, 1 + rng.below(10), &mut roots)
            .unwrap();
        h.words_mut(o)[0] = i;
        if rng.chance(60) {
            roots.push(o.value());
        }
    }
    let ids: Vec<u64> = roots.iter().map(|v| h.words(r(*v))[0]).collect();
    for round in 0..20 {
        let before: Vec<Value> = roots.clone();
        let moved = h.stats().bytes_moved;
        h.collect(&mut roots);
        for (b, a) in before.iter().zip(&roots) {
            assert_ne!(b, a, "round {round}: an object kept its address");
        }
        assert!(h.stats().bytes_moved > moved);
        let now: Vec<u64> = roots.iter().map(|v| h.words(r(*v))[0]).collect();
        assert_eq!(now, ids, "contents follow their objects");
        assert!(
            roots.windows(2).all(|w| r(w[0]) < r(w[1])),
            "sliding keeps address order"
        );
    }
}

#[rstest]
fn neighbouring_holes_merge_into_one_block(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(4096, kind);
    let mut roots: Vec<Value> = Vec::new();
    let mut refs = Vec::new();
    // Five 8-word blocks, then fill the rest so no bump room is left.
    for _ in 0..5 {
        let o = h.alloc(LEAF, Scan::None, 7, &mut roots).unwrap();
        roots.push(o.value());
        refs.push(o);
    }
    let rest = (4096 - 5 * 64) / 8 - 1;
    let filler = h.alloc(LEAF, Scan::None, rest, &mut roots).unwrap();
    roots.push(filler.value());
    assert_eq!(h.free_bytes(), 0);
    // Drop blocks 1, 2 and 3: one 24-word hole once merged.
    roots.drain(1..4);
    h.collect(&mut roots);
    let largest = h.stats().largest_free_bytes;
    if STRESS && kind.is_moving() {
        // A stress collection may leave up to one word per live object below them.
        assert!(largest >= 3 * 64 - 3 * 8, "{largest}");
    } else {
        assert_eq!(largest, 3 * 64);
    }
    let big = h.alloc(LEAF, Scan::None, 23, &mut roots).unwrap();
    assert_eq!(h.free_bytes(), 0);
    match kind {
        CollectorKind::MarkSweep => assert_eq!(big, refs[1], "the merged hole is reused"),
        CollectorKind::Compacting => assert!(big > r(roots[2]), "bump after the slid objects"),
    }
}

#[rstest]
fn non_reference_values_are_never_touched(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(8192, kind);
    let specials = [
        Value::float(f64::NAN),
        Value::float(-0.0),
        Value::float(f64::NEG_INFINITY),
        Value::int(-(1 << 47)).unwrap(),
        Value::int((1 << 47) - 1).unwrap(),
        Value::qstr(u32::MAX),
        Value::static_obj(u16::MAX, 12),
        Value::EMPTY,
        Value::NONE,
        Value::TRUE,
        Value::NOT_IMPLEMENTED,
        Value::from_bits(0xFFFE_0000_0000_0000),
    ];
    let mut roots: Vec<Value> = specials.to_vec();
    let _junk = h.alloc(LEAF, Scan::All, 30, &mut roots).unwrap();
    let o = h
        .alloc(LEAF, Scan::All, specials.len(), &mut roots)
        .unwrap();
    h.values_mut(o).copy_from_slice(&specials);
    roots.push(o.value());
    for _ in 0..3 {
        h.collect(&mut roots);
    }
    assert_eq!(&roots[..specials.len()], &specials);
    let o = r(roots[specials.len()]);
    assert_eq!(h.values(o), &specials);
    assert_eq!(h.stats().objects, 1);
}

#[rstest]
fn realloc_grows_and_keeps_contents(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(64 * 1024, kind);
    let mut roots = vec![Value::NONE];
    let list = h.alloc(NODE, Scan::All, 4, &mut roots).unwrap();
    h.set_aux(list, 5);
    roots[0] = list.value();
    let mut len = 0usize;
    for i in 0..500 {
        let cap = h.len_words(r(roots[0]));
        if len == cap {
            let grown = h.realloc(r(roots[0]), cap * 2, &mut roots).unwrap();
            roots[0] = grown.value();
        }
        let item = h.alloc(LEAF, Scan::None, 1, &mut roots).unwrap();
        h.words_mut(item)[0] = i;
        let list = r(roots[0]);
        h.values_mut(list)[len] = item.value();
        len += 1;
        // Garbage between appends so collections run.
        let _ = h.alloc(LEAF, Scan::None, 20, &mut roots);
    }
    h.collect(&mut roots);
    let list = r(roots[0]);
    assert_eq!(h.aux(list), 5);
    assert_eq!(h.len_words(list), 512);
    for (i, v) in h.values(list)[..len].iter().enumerate() {
        assert_eq!(h.words(r(*v))[0], i as u64);
    }
    assert!(h.values(list)[len..].iter().all(|v| *v == Value::NONE));
    assert_eq!(h.stats().objects, 501);
    let small = h.realloc(list, 8, &mut roots).unwrap();
    assert_eq!(small, list, "shrinking is in place");
    assert_eq!(h.len_words(small), 8);
}

/// Forged references (a VM bug) may corrupt data but never panic the heap.
#[rstest]
fn forged_references_never_panic(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(16 * 1024, kind);
    let mut rng = Rng::new(77);
    let mut roots: Vec<Value> = Vec::new();
    for round in 0..200 {
        let n = rng.below(12);
        if let Ok(o) = h.alloc(LEAF, Scan::All, n, &mut roots) {
            for v in h.values_mut(o) {
                let off = rng.below(16 * 1024 / 8 + 50) as u32;
                *v = if rng.chance(50) {
                    Value::from_ref(GcRef::from_offset(off))
                } else {
                    Value::from_bits(rng.next())
                };
            }
            roots.push(o.value());
        }
        if rng.chance(30) {
            roots.push(Value::from_ref(GcRef::from_offset(rng.next() as u32)));
        }
        if roots.len() > 40 {
            roots.drain(..20);
        }
        if round % 10 == 0 {
            h.collect(&mut roots);
        }
        let _ = h.stats();
        let _ = h.heap_map(&|_| 'x');
        // Accessors debug-assert that a reference is a live object (see the
        // test below); in release builds they return empty slices instead.
        if !cfg!(debug_assertions) {
            for v in &roots {
                if let Some(r) = v.as_ref() {
                    let _ = (h.values(r).len(), h.words(r).len(), h.kind(r), h.aux(r));
                }
            }
        }
    }
}

#[rstest]
#[cfg_attr(debug_assertions, should_panic(expected = "is not a live object"))]
fn accessors_check_references_in_debug_builds(#[values(MS, CO)] kind: CollectorKind) {
    let h = heap(4096, kind);
    // Out of the heap: a debug build stops here; a release build returns empty.
    let forged = GcRef::from_offset(1 << 20);
    assert_eq!(h.values(forged).len(), 0);
    assert_eq!(h.bytes(forged).len(), 0);
    assert_eq!(h.len_words(forged), 0);
}

/// `Heap::identity` is stable while an object lives, also when the
/// compactor moves it, and no two live objects share one.
#[rstest]
fn identity_survives_moves(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(64 * 1024, kind);
    let mut roots: Vec<Value> = Vec::new();
    let mut keep: Vec<(usize, u64)> = Vec::new();
    for i in 0..200 {
        let o = h.alloc(LEAF, Scan::None, 3, &mut roots).unwrap();
        roots.push(o.value());
        if i % 3 == 0 {
            keep.push((roots.len() - 1, h.identity(o)));
        }
    }
    // Drop everything not kept (the kept ones then move down).
    let kept: Vec<Value> = keep.iter().map(|&(i, _)| roots[i]).collect();
    let before: Vec<GcRef> = kept.iter().map(|v| r(*v)).collect();
    let mut roots = kept;
    h.collect(&mut roots);
    let moved = roots.iter().zip(&before).any(|(v, b)| r(*v) != *b);
    assert_eq!(moved, kind == CO, "only the compactor moves objects");
    let now: Vec<u64> = roots.iter().map(|v| h.identity(r(*v))).collect();
    let was: Vec<u64> = keep.iter().map(|&(_, id)| id).collect();
    assert_eq!(now, was);
    let mut uniq = now.clone();
    uniq.sort_unstable();
    uniq.dedup();
    assert_eq!(uniq.len(), now.len());
    // New objects get identities distinct from the survivors'.
    let o = h.alloc(LEAF, Scan::None, 3, &mut roots).unwrap();
    assert!(!now.contains(&h.identity(o)));
}

/// `alloc_bytes_to_fill` makes the same object as `alloc_bytes` (kind,
/// size, counters, collections) but zeroes only the last body word: on a
/// reused block the words before it keep old bytes until the caller
/// writes them. Out of room it fails the same way.
#[rstest]
fn alloc_bytes_to_fill_matches_alloc_bytes(#[values(MS, CO)] kind: CollectorKind) {
    let mut h = heap(16 * 1024, kind);
    let mut roots: Vec<Value> = Vec::new();
    // Fill a block with ones, free it, and get it (or a fresh one) back.
    let old = h.alloc_bytes(LEAF, 40, &mut roots).unwrap();
    h.bytes_mut(old).fill(0xff);
    h.collect(&mut roots);
    let before = h.stats();
    let a = h.alloc_bytes_to_fill(LEAF, 37, &mut roots).unwrap();
    let after = h.stats();
    assert_eq!(h.kind(a), LEAF);
    assert_eq!(h.aux(a), 0);
    assert_eq!(h.scan(a), Scan::None);
    assert_eq!(h.len_words(a), 5);
    assert_eq!(h.bytes(a).len(), 40);
    assert_eq!(h.words(a).last().copied(), Some(0));
    assert_eq!(after.objects, before.objects + 1);
    assert_eq!(after.used_bytes, before.used_bytes + 48);
    // A zero-byte request and one too big for the heap behave as
    // `alloc_bytes` does.
    let z = h.alloc_bytes_to_fill(LEAF, 0, &mut roots).unwrap();
    assert_eq!(h.len_words(z), 0);
    assert!(matches!(
        h.alloc_bytes_to_fill(LEAF, 64 * 1024, &mut roots),
        Err(AllocError::OutOfMemory { .. })
    ));
    // Many of them through collections: each survivor keeps what it was given.
    roots.clear();
    for i in 0..2000u64 {
        let r = h.alloc_bytes_to_fill(LEAF, 16, &mut roots).unwrap();
        h.words_mut(r).copy_from_slice(&[i, !i]);
        if i % 100 == 0 {
            roots.push(r.value());
        }
    }
    h.collect(&mut roots);
    for (k, v) in roots.iter().enumerate() {
        let i = k as u64 * 100;
        assert_eq!(h.words(v.as_ref().unwrap()), &[i, !i]);
    }
}
