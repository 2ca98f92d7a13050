//! `micropython` (alias `pycopy`): `const`, `opt_level`, `mem_info`,
//! `qstr_info`, `stack_use`, `heap_lock`/`heap_unlock`/`heap_locked`,
//! `alloc_emergency_exception_buf`, `kbd_intr`, `schedule`.
//!
//! `mem_info()` prints (sizes in bytes, block counts in 32-byte units as
//! MicroPython's 64-bit GC blocks):
//! ```text
//! stack: <bytes of the VM value stack in use> out of <limit>
//! GC: total: T, used: U, free: F
//!  No. of 1-blocks: a, 2-blocks: b, max blk sz: c, max free sz: d
//! ```
//! and with an argument adds the heap map (one character per 32 bytes:
//! `T` tuple, `L` list, `D` dict, `S` str, `A` bytes/bytearray, `B`
//! function/code, `C` class, `I` instance, `M` module, `h` other, `=` the
//! rest of an object, `.` free). There is no `mem:` line (no allocation
//! statistics are kept).

use crate::util;
use core::sync::atomic::{AtomicI64, Ordering};
use pycopy_gc::Value;
use pycopy_vm::registry::{ModFn, Module, ModuleDef, MODULES};
use pycopy_vm::types::kind;
use pycopy_vm::vm::Args;
use pycopy_vm::{linkme, PyResult, Vm};

static OPT_LEVEL: AtomicI64 = AtomicI64::new(0);

#[linkme::distributed_slice(MODULES)]
#[linkme(crate = pycopy_vm::linkme)]
static MICROPYTHON: ModuleDef = ModuleDef {
    name: "micropython",
    aliases: &["pycopy"],
    natives: &[
        ModFn::new("const", const_),
        ModFn::new("opt_level", opt_level),
        ModFn::new("mem_info", mem_info),
        ModFn::new("qstr_info", qstr_info),
        ModFn::new("stack_use", stack_use),
        ModFn::new("heap_lock", heap_lock),
        ModFn::new("heap_unlock", heap_unlock),
        ModFn::new("heap_locked", heap_locked),
        ModFn::new("alloc_emergency_exception_buf", alloc_emergency),
        ModFn::new("kbd_intr", kbd_intr),
        ModFn::new("schedule", schedule),
    ],
    init,
    boot: None,
};

fn init(vm: &mut Vm, m: &Module) -> PyResult<()> {
    crate::sched::prepare(vm)?;
    m.add_functions(vm)
}

fn const_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(vm.arg(&a, 0))
}

fn opt_level(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 {
        return util::int(vm, OPT_LEVEL.load(Ordering::Relaxed));
    }
    let v = vm.arg(&a, 0);
    let n = util::to_int(vm, v, "level")?;
    OPT_LEVEL.store(n, Ordering::Relaxed);
    pycopy_vm::set_opt_level(n.clamp(0, 3) as u8);
    Ok(Value::NONE)
}

fn kind_char(k: u8) -> char {
    match k {
        kind::TUPLE => 'T',
        kind::LIST => 'L',
        kind::DICT => 'D',
        kind::STR => 'S',
        kind::BYTES | kind::BYTEARRAY => 'A',
        kind::FUNC | kind::CODE => 'B',
        kind::CLASS => 'C',
        kind::INSTANCE => 'I',
        kind::MODULE => 'M',
        _ => 'h',
    }
}

/// The lines `mem_info()` prints.
pub fn mem_info_text(vm: &Vm, verbose: bool) -> alloc::string::String {
    let s = vm.heap.stats();
    let stack = vm.st.stack.len() * 8;
    let mut out = alloc::format!(
        "stack: {stack} out of {}\nGC: total: {}, used: {}, free: {}\n No. of 1-blocks: {}, 2-blocks: {}, max blk sz: {}, max free sz: {}\n",
        pycopy_vm::vm::MAX_STACK * 8,
        s.total_bytes,
        s.used_bytes,
        s.free_bytes,
        s.objects_1_unit,
        s.objects_2_units,
        s.largest_object_bytes.div_ceil(32),
        s.largest_free_bytes / 32,
    );
    if verbose {
        out.push_str("GC memory layout; from 0:\n");
        out.push_str(&vm.heap.heap_map(&kind_char));
    }
    out
}

fn mem_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = mem_info_text(vm, a.n > 0);
    vm.write_out(&t);
    Ok(Value::NONE)
}

fn qstr_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.st.qstrs.len();
    let names: alloc::vec::Vec<alloc::string::String> = (0..n)
        .filter_map(|i| {
            let id = pycopy_vm::qstr::STATIC_COUNT + i as u32;
            vm.qstr_text(id).map(alloc::string::String::from)
        })
        .collect();
    let data: usize = names.iter().map(|s| s.len() + 1).sum();
    let mut out = alloc::format!(
        "qstr pool: n_pool={}, n_qstr={n}, n_str_data_bytes={data}, n_total_bytes={}\n",
        usize::from(n > 0),
        data + n * 16
    );
    if a.n > 0 {
        for s in &names {
            out.push_str(&alloc::format!("Q({s})\n"));
        }
    }
    vm.write_out(&out);
    Ok(Value::NONE)
}

fn stack_use(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let n = vm.st.stack.len() * 8;
    util::int(vm, n as i64)
}

fn heap_lock(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.heap.lock();
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let d = vm.heap.unlock();
    // Callbacks scheduled while the heap was locked may run now.
    pycopy_vm::pending::request();
    util::int(vm, i64::from(d))
}

fn heap_locked(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let d = vm.heap.lock_depth();
    util::int(vm, i64::from(d))
}

fn alloc_emergency(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // A MemoryError instance is preallocated at start-up; the size is
    // checked and otherwise ignored.
    let v = vm.arg(&a, 0);
    util::to_int(vm, v, "size")?;
    Ok(Value::NONE)
}

fn kbd_intr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let c = util::to_int(vm, v, "chr")?;
    pycopy_vm::pending::set_interrupt_char(c.clamp(-1, 255) as i32);
    Ok(Value::NONE)
}

fn schedule(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (f, arg) = (vm.arg(&a, 0), vm.arg(&a, 1));
    crate::sched::schedule(vm, f, arg)?;
    Ok(Value::NONE)
}
