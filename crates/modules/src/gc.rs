//! `gc`: `collect`, `enable`, `disable`, `isenabled`, `mem_free`,
//! `mem_alloc`, `threshold`, with the heap's real figures; our extensions
//! `mem_largest_free()` (largest contiguous free block in bytes) and
//! `info()` (a dict of heap figures, fragmentation included). Under the
//! compacting collector (`-X gc=compact`) `collect()` also compacts, so
//! afterwards `mem_largest_free()` equals `mem_free()`.

use crate::util;
use pycopy_gc::{CollectorKind, Value};
use pycopy_vm::objects::dict;
use pycopy_vm::registry::{ModFn, Module, ModuleDef, MODULES};
use pycopy_vm::vm::Args;
use pycopy_vm::{linkme, PyResult, Vm};

#[linkme::distributed_slice(MODULES)]
#[linkme(crate = pycopy_vm::linkme)]
static GC: ModuleDef = ModuleDef {
    name: "gc",
    aliases: &[],
    natives: &[
        ModFn::new("collect", collect),
        ModFn::new("enable", enable),
        ModFn::new("disable", disable),
        ModFn::new("isenabled", isenabled),
        ModFn::new("mem_free", mem_free),
        ModFn::new("mem_alloc", mem_alloc),
        ModFn::new("threshold", threshold),
        ModFn::new("mem_largest_free", mem_largest_free),
        ModFn::new("info", info),
    ],
    init,
    boot: None,
};

fn init(vm: &mut Vm, m: &Module) -> PyResult<()> {
    m.add_functions(vm)
}

/// Runs a full collection; returns the number of objects freed.
fn collect(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let before = vm.heap.stats().objects;
    vm.heap.collect(&mut vm.st);
    // Code objects found dead were queued (finaliser bit): release their
    // instruction slots and collect once more to free them.
    if vm.release_dead_code() > 0 {
        vm.heap.collect(&mut vm.st);
    }
    let after = vm.heap.stats().objects;
    util::int(vm, before.saturating_sub(after) as i64)
}

fn enable(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.heap.enable();
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.heap.disable();
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::bool(vm.heap.is_enabled()))
}

fn mem_free(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let n = vm.heap.free_bytes();
    util::int(vm, n as i64)
}

fn mem_alloc(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let n = vm.heap.used_bytes();
    util::int(vm, n as i64)
}

/// `threshold()` -> bytes or -1; `threshold(n)` sets it (-1 turns it off).
fn threshold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 {
        let t = vm.heap.threshold().map_or(-1, |t| t as i64);
        return util::int(vm, t);
    }
    let v = vm.arg(&a, 0);
    let n = util::to_int(vm, v, "threshold")?;
    vm.heap.set_threshold(usize::try_from(n).ok());
    Ok(Value::NONE)
}

fn mem_largest_free(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let n = vm.heap.stats().largest_free_bytes;
    util::int(vm, n as i64)
}

/// `info()` -> dict: total, used, free, largest_free, free_blocks,
/// objects, collections, bytes_moved, collector.
fn info(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let s = vm.heap.stats();
    let coll = match vm.heap.collector_kind() {
        CollectorKind::MarkSweep => "marksweep",
        _ => "compact",
    };
    let d = dict::new_dict(vm, 16)?;
    let mark = vm.push_root(d);
    let r = (|| {
        let figures: [(&str, i64); 8] = [
            ("total", s.total_bytes as i64),
            ("used", s.used_bytes as i64),
            ("free", s.free_bytes as i64),
            ("largest_free", s.largest_free_bytes as i64),
            ("free_blocks", s.free_blocks as i64),
            ("objects", s.objects as i64),
            ("collections", s.collections as i64),
            ("bytes_moved", s.bytes_moved as i64),
        ];
        for (k, v) in figures {
            let kv = vm.new_str(k)?;
            let km = vm.push_root(kv);
            let vv = util::int(vm, v)?;
            let kv = vm.root(km);
            vm.pop_roots(km);
            dict::set(vm, vm.root(mark), kv, vv)?;
        }
        let kv = vm.new_str("collector")?;
        let km = vm.push_root(kv);
        let cv = vm.new_str(coll)?;
        let kv = vm.root(km);
        vm.pop_roots(km);
        dict::set(vm, vm.root(mark), kv, cv)?;
        Ok(vm.root(mark))
    })();
    vm.pop_roots(mark);
    r
}
