//! Randomized model-based test: a seeded sequence of allocate / link /
//! unlink / mutate / push-root / drop-root / temp-root / collect operations
//! runs against the heap and against a plain Rust model of the object graph;
//! after every collection every reachable object's contents and links must
//! match the model, and exactly the reachable objects may remain.
#![allow(clippy::unwrap_used)]

mod common;

use common::{Rng, CO, MS};
use pycopy_gc::{AllocError, CollectorKind, GcRef, Heap, HeapConfig, Scan, Value};
use rstest::rstest;
use std::collections::HashMap;

const KIND: u8 = 9;
const MAX_ROOTS: usize = 48;

#[derive(Debug, Clone)]
struct MObj {
    slots: Vec<Option<u64>>,
    /// Raw words; `raw[0]` is the object's id.
    raw: Vec<u64>,
}

struct World {
    heap: Heap,
    roots: Vec<Value>,
    mroots: Vec<u64>,
    model: HashMap<u64, MObj>,
    next_id: u64,
    rng: Rng,
    seen_collections: u64,
    checks: usize,
    /// Largest reachable graph seen by a check.
    max_reachable: usize,
    /// Largest number of links seen by a check.
    max_links: usize,
}

fn id_of(h: &Heap, r: GcRef) -> u64 {
    h.words(r)[0]
}

impl World {
    fn new(kind: CollectorKind, seed: u64) -> World {
        let mut rng = Rng::new(seed);
        let bytes = 8192 << rng.below(4);
        let mut cfg = HeapConfig::new(bytes, kind);
        if seed % 2 == 1 {
            // A tiny mark stack: random graphs overflow it and marking
            // falls back to heap rescans.
            cfg.mark_stack = 1;
        }
        World {
            heap: Heap::with_config(cfg).unwrap(),
            roots: Vec::new(),
            mroots: Vec::new(),
            model: HashMap::new(),
            next_id: 1,
            rng,
            seen_collections: 0,
            checks: 0,
            max_reachable: 0,
            max_links: 0,
        }
    }

    /// Walks up to `steps` random links from root `i`: (heap ref, model id).
    fn navigate(&mut self, i: usize, steps: usize) -> (GcRef, u64) {
        let mut cur = self.roots[i].as_ref().unwrap();
        let mut id = self.mroots[i];
        for _ in 0..steps {
            let m = &self.model[&id];
            if m.slots.is_empty() {
                break;
            }
            let k = self.rng.below(m.slots.len());
            let Some(next) = m.slots[k] else { break };
            cur = self.heap.values(cur)[k].as_ref().unwrap();
            id = next;
            assert_eq!(id_of(&self.heap, cur), id);
        }
        (cur, id)
    }

    fn random_object(&mut self) -> Option<(GcRef, u64)> {
        if self.roots.is_empty() {
            return None;
        }
        let i = self.rng.below(self.roots.len());
        let steps = self.rng.below(6);
        Some(self.navigate(i, steps))
    }

    fn alloc(&mut self) {
        let nslots = self.rng.below(5);
        let nraw = if self.rng.chance(10) {
            1 + self.rng.below(300)
        } else {
            1 + self.rng.below(8)
        };
        let scan = Scan::Prefix(nslots as u16);
        match self.heap.alloc(KIND, scan, nslots + nraw, &mut self.roots) {
            Ok(o) => {
                assert!(self.heap.values(o).iter().all(|v| *v == Value::NONE));
                assert!(self.heap.words(o).iter().all(|w| *w == 0));
                let id = self.next_id;
                self.next_id += 1;
                let mut raw = vec![id];
                for _ in 1..nraw {
                    raw.push(self.rng.next());
                }
                self.heap.words_mut(o).copy_from_slice(&raw);
                self.model.insert(
                    id,
                    MObj {
                        slots: vec![None; nslots],
                        raw,
                    },
                );
                // Usually hang it into the graph instead of rooting it.
                if self.rng.chance(65) {
                    if let Some((x, xid)) = self.random_object() {
                        let n = self.model[&xid].slots.len();
                        if n > 0 {
                            let slots = &self.model[&xid].slots;
                            let free = slots.iter().position(Option::is_none);
                            let k = free.unwrap_or_else(|| self.rng.below(n));
                            self.heap.values_mut(x)[k] = o.value();
                            self.model.get_mut(&xid).unwrap().slots[k] = Some(id);
                            return;
                        }
                    }
                }
                self.roots.push(o.value());
                self.mroots.push(id);
            }
            Err(AllocError::OutOfMemory { .. }) => {
                // Make room: drop half the roots.
                for _ in 0..self.roots.len() / 2 {
                    self.drop_root();
                }
            }
            Err(e) => panic!("unexpected {e}"),
        }
    }

    fn link(&mut self, target: Option<(GcRef, u64)>) {
        let Some((x, xid)) = self.random_object() else {
            return;
        };
        let n = self.model[&xid].slots.len();
        if n == 0 {
            return;
        }
        // Prefer a free slot when adding a link, so the graph grows.
        let k = match target {
            Some(_) if self.rng.chance(80) => self.model[&xid]
                .slots
                .iter()
                .position(Option::is_none)
                .unwrap_or_else(|| self.rng.below(n)),
            _ => self.rng.below(n),
        };
        let (v, m) = match target {
            Some((y, yid)) => (y.value(), Some(yid)),
            None => (Value::NONE, None),
        };
        self.heap.values_mut(x)[k] = v;
        self.model.get_mut(&xid).unwrap().slots[k] = m;
    }

    fn mutate(&mut self) {
        let Some((x, xid)) = self.random_object() else {
            return;
        };
        let n = self.model[&xid].raw.len();
        if n < 2 {
            return;
        }
        let k = 1 + self.rng.below(n - 1);
        let w = self.rng.next();
        self.heap.words_mut(x)[k] = w;
        self.model.get_mut(&xid).unwrap().raw[k] = w;
    }

    fn drop_root(&mut self) {
        if self.roots.is_empty() {
            return;
        }
        let i = self.rng.below(self.roots.len());
        self.roots.swap_remove(i);
        self.mroots.swap_remove(i);
    }

    fn push_root(&mut self) {
        if let Some((x, id)) = self.random_object() {
            self.roots.push(x.value());
            self.mroots.push(id);
        }
    }

    /// Holds a new object only on the temp-root stack across allocations
    /// (and maybe a collection), then hangs it into the graph.
    fn temp_root(&mut self) {
        let mark = self.heap.root_mark();
        let Ok(z) = self.heap.alloc(KIND, Scan::Prefix(1), 3, &mut self.roots) else {
            return;
        };
        let id = self.next_id;
        self.next_id += 1;
        let raw = vec![id, self.rng.next()];
        self.heap.words_mut(z).copy_from_slice(&raw);
        let i = self.heap.push_root(z.value());
        for _ in 0..3 {
            let _ = self
                .heap
                .alloc(KIND, Scan::None, 1 + self.rng.below(20), &mut self.roots);
        }
        if self.rng.chance(50) {
            self.heap.collect(&mut self.roots);
        }
        let z = self.heap.root_ref(i).unwrap();
        assert_eq!(self.heap.words(z), &raw[..], "temp root kept its object");
        self.heap.truncate_roots(mark);
        self.model.insert(
            id,
            MObj {
                slots: vec![None],
                raw,
            },
        );
        self.roots.push(z.value());
        self.mroots.push(id);
    }

    fn step(&mut self) {
        let op = self.rng.below(100);
        match op {
            0..=29 => self.alloc(),
            30..=54 => {
                let t = self.random_object();
                self.link(t);
            }
            55..=58 => self.link(None),
            59..=75 => self.mutate(),
            76..=79 => self.drop_root(),
            80..=87 => self.push_root(),
            88..=89 => self.temp_root(),
            _ => {
                self.heap.collect(&mut self.roots);
                self.seen_collections = self.heap.collections();
                self.check(true);
            }
        }
        while self.roots.len() > MAX_ROOTS {
            self.drop_root();
        }
        let c = self.heap.collections();
        if c != self.seen_collections {
            self.seen_collections = c;
            self.check(false);
        }
    }

    /// Compares everything reachable with the model and prunes the model
    /// to it; `exact` (right after a collection, nothing allocated since)
    /// also checks that exactly the reachable objects are left.
    fn check(&mut self, exact: bool) {
        self.checks += 1;
        let h = &self.heap;
        let mut seen: HashMap<u64, GcRef> = HashMap::new();
        let mut stack: Vec<(GcRef, u64)> = Vec::new();
        for (v, &id) in self.roots.iter().zip(&self.mroots) {
            stack.push((v.as_ref().unwrap(), id));
        }
        let mut words = 0usize;
        let mut links = 0usize;
        while let Some((r, id)) = stack.pop() {
            if let Some(&prev) = seen.get(&id) {
                assert_eq!(prev, r, "object {id} reached at two addresses");
                continue;
            }
            seen.insert(id, r);
            let m = &self.model[&id];
            assert_eq!(h.kind(r), KIND);
            assert_eq!(h.words(r), &m.raw[..], "raw words of {id}");
            assert_eq!(h.values(r).len(), m.slots.len());
            words += 1 + m.raw.len() + m.slots.len();
            for (v, s) in h.values(r).iter().zip(&m.slots) {
                match s {
                    None => assert_eq!(*v, Value::NONE),
                    Some(t) => {
                        links += 1;
                        let tr = v.as_ref().unwrap();
                        assert_eq!(id_of(h, tr), *t, "link of {id}");
                        stack.push((tr, *t));
                    }
                }
            }
        }
        if exact {
            assert_eq!(h.object_count(), seen.len());
            assert_eq!(h.used_bytes(), words * 8);
        } else {
            assert!(h.object_count() >= seen.len());
        }
        self.max_reachable = self.max_reachable.max(seen.len());
        self.max_links = self.max_links.max(links);
        // Unreachable objects can never be reached again.
        self.model.retain(|id, _| seen.contains_key(id));
    }
}

#[rstest]
fn random_operations_match_the_model(
    #[values(MS, CO)] kind: CollectorKind,
    #[values(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)] seed: u64,
) {
    let mut w = World::new(kind, seed);
    for _ in 0..3000 {
        w.step();
    }
    w.heap.collect(&mut w.roots);
    w.seen_collections = w.heap.collections();
    w.check(true);
    assert!(w.checks > 5, "only {} checks", w.checks);
    assert!(
        w.max_reachable > 50 && w.max_links > 50,
        "graphs stayed small: {} objects, {} links",
        w.max_reachable,
        w.max_links
    );
    if seed % 2 == 1 {
        assert!(w.heap.mark_rescans() > 0, "the tiny mark stack overflowed");
    }
    assert!(w.heap.collections() > 3);
    // Dropping every root frees everything.
    w.roots.clear();
    w.mroots.clear();
    w.heap.collect(&mut w.roots);
    assert_eq!(w.heap.used_bytes(), 0);
    assert_eq!(w.heap.object_count(), 0);
}
