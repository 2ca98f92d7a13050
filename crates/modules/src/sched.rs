//! `micropython.schedule` and hard interrupts.
//!
//! Scheduled callbacks wait in a queue of [`QUEUE_DEPTH`] entries (a
//! `RuntimeError("schedule queue full")` beyond) and run, in order, as soon
//! as the interpreter services its pending-events flag
//! ([`pycopy_vm::pending`]: at the next loop back-edge, call or return)
//! with the heap unlocked and no scheduled callback already running
//! (callbacks never nest). Board edges set the same flag, and are then
//! delivered to `Pin.irq` handlers as hard interrupts: the heap is locked
//! while a handler runs, so allocating in it raises `MemoryError`; hard
//! handlers do not nest either (edges that arrive meanwhile wait on the
//! board); an exception escaping a handler is printed on stderr as
//! `Uncaught exception in IRQ callback handler` and the handler stays
//! registered. Pin operations, sleeps, tick reads and `machine.idle()`
//! still service events directly too (poll points).
//!
//! State lives in the builtins dict under keys that are not identifiers
//! (`" sched"`: a list of pending `(func, arg)` pairs, `" irq"`: a dict
//! pin id -> `(handler, trigger, pin)`), so it is rooted and invisible to
//! programs.

use core::sync::atomic::{AtomicBool, Ordering};
use pycopy_gc::Value;
use pycopy_vm::objects::{dict, list, tuple};
use pycopy_vm::types::TypeId;
use pycopy_vm::{PyResult, Vm};

/// Most callbacks waiting at once (as MicroPython's default).
pub const QUEUE_DEPTH: usize = 4;
/// `Pin.IRQ_FALLING`.
pub const IRQ_FALLING: i64 = 1;
/// `Pin.IRQ_RISING`.
pub const IRQ_RISING: i64 = 2;

static RUNNING: AtomicBool = AtomicBool::new(false);
/// Set while a hard IRQ handler runs (handlers do not nest).
static IN_HARD: AtomicBool = AtomicBool::new(false);
/// `machine.disable_irq()` clears this; edges then wait on the board.
pub static IRQ_ENABLED: AtomicBool = AtomicBool::new(true);

/// The hidden state object stored in builtins under `key`, made by `make`.
fn state(vm: &mut Vm, key: &str, make: fn(&mut Vm) -> PyResult<Value>) -> PyResult<Value> {
    let k = vm.intern(key)?;
    let b = vm.st.builtins;
    if let Some(v) = dict::get_str(vm, b, k) {
        return Ok(v);
    }
    let v = make(vm)?;
    let mark = vm.push_root(v);
    let b = vm.st.builtins;
    let r = dict::set(vm, b, k, v);
    let v = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| v)
}

fn queue(vm: &mut Vm) -> PyResult<Value> {
    state(vm, " sched", |vm| list::new_list(vm, QUEUE_DEPTH * 2))
}

/// The pin id -> `(handler, trigger, pin)` dict of IRQ handlers.
pub fn irq_table(vm: &mut Vm) -> PyResult<Value> {
    state(vm, " irq", |vm| dict::new_dict(vm, 8))
}

/// Queues `f(arg)`; raises `RuntimeError` when the queue is full. Does not
/// allocate once the queue exists (it is created with room for
/// [`QUEUE_DEPTH`] entries), so it can be called from a hard IRQ.
pub fn schedule(vm: &mut Vm, f: Value, arg: Value) -> PyResult<()> {
    let mark = vm.push_root(f);
    vm.push_root(arg);
    let r = (|| {
        let q = queue(vm)?;
        if list::len(vm, q) >= QUEUE_DEPTH * 2 {
            return Err(vm.raise(TypeId::RuntimeError, "schedule queue full"));
        }
        list::append(vm, q, vm.root(mark))?;
        list::append(vm, q, vm.root(mark + 1))
    })();
    vm.pop_roots(mark);
    if r.is_ok() {
        pycopy_vm::pending::request();
    }
    r
}

/// True when scheduled callbacks wait.
fn queued(vm: &mut Vm) -> bool {
    queue(vm).is_ok_and(|q| list::len(vm, q) >= 2)
}

/// The service hook of the pending-events flag: a poll point.
#[linkme::distributed_slice(pycopy_vm::pending::SERVICE_HOOKS)]
#[linkme(crate = pycopy_vm::linkme)]
static SERVICE: pycopy_vm::pending::ServiceHook = poll;

/// Re-raises the pending flag when work was left waiting (the heap was
/// locked, or a callback or hard handler was running).
pub fn rearm(vm: &mut Vm) {
    if queued(vm) {
        pycopy_vm::pending::request();
    }
}

/// Makes sure the queue exists (so scheduling from an IRQ never allocates).
pub fn prepare(vm: &mut Vm) -> PyResult<()> {
    queue(vm)?;
    irq_table(vm)?;
    Ok(())
}

/// Runs the scheduled callbacks if the heap is unlocked and no callback is
/// already running.
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    if vm.heap.is_locked() || RUNNING.swap(true, Ordering::SeqCst) {
        return Ok(());
    }
    let r = (|| {
        loop {
            let q = queue(vm)?;
            if list::len(vm, q) < 2 {
                return Ok(());
            }
            let items = list::items(vm, q);
            let (f, a) = (
                items.first().copied().unwrap_or(Value::NONE),
                items.get(1).copied().unwrap_or(Value::NONE),
            );
            // Remove the first pair in place (no allocation).
            let rest: alloc::vec::Vec<Value> = items.get(2..).unwrap_or(&[]).to_vec();
            for (i, v) in rest.iter().enumerate() {
                list::set(vm, q, i, *v);
            }
            truncate(vm, q, rest.len());
            vm.call(f, &[a])?;
        }
    })();
    RUNNING.store(false, Ordering::SeqCst);
    if r.is_err() {
        rearm(vm);
    }
    r
}

fn truncate(vm: &mut Vm, l: Value, n: usize) {
    for i in n..list::len(vm, l) {
        list::set(vm, l, i, Value::NONE);
    }
    // Shrink the length word (the items array keeps its room).
    vm.set_slot(
        l,
        list::LEN,
        Value::int(n as i64).unwrap_or(Value::from_small(0)),
    );
}

/// A poll point: delivers board edges to IRQ handlers (hard, heap locked),
/// then runs scheduled callbacks.
pub fn poll(vm: &mut Vm) -> PyResult<()> {
    let edges = match vm.hal.board() {
        Some(b) if IRQ_ENABLED.load(Ordering::SeqCst) && !IN_HARD.load(Ordering::SeqCst) => {
            b.poll()
        }
        _ => alloc::vec::Vec::new(),
    };
    if !edges.is_empty() {
        let t = irq_table(vm)?;
        for (pin, level) in edges {
            let Some(entry) = dict::get_str(vm, t, Value::from_small(pin as i32)) else {
                continue;
            };
            let handler = vm.tuple_get(entry, 0);
            let trig = vm.tuple_get(entry, 1).as_int().unwrap_or(0);
            let pin_obj = vm.tuple_get(entry, 2);
            let want = if level { IRQ_RISING } else { IRQ_FALLING };
            if trig & want == 0 || handler.is_none() {
                continue;
            }
            hard_call(vm, handler, pin_obj);
        }
    }
    run_pending(vm)
}

/// Calls `handler(arg)` as a hard interrupt (heap locked); an escaping
/// exception is reported on stderr.
pub fn hard_call(vm: &mut Vm, handler: Value, arg: Value) {
    let nested = IN_HARD.swap(true, Ordering::SeqCst);
    vm.heap.lock();
    let r = vm.call(handler, &[arg]);
    vm.heap.unlock();
    IN_HARD.store(nested, Ordering::SeqCst);
    // Callbacks scheduled by the handler, edges that came meanwhile.
    pycopy_vm::pending::request();
    if r.is_err() {
        let e = vm.st.exc;
        let text = pycopy_vm::run::format_exception(vm, e);
        vm.hal
            .stderr(b"Uncaught exception in IRQ callback handler\n");
        vm.hal.stderr(text.as_bytes());
        vm.st.exc = Value::NONE;
    }
}

/// Registers (or with `handler` None removes) the IRQ handler of a pin.
pub fn set_irq(
    vm: &mut Vm,
    pin: u32,
    handler: Value,
    trigger: i64,
    pin_obj: Value,
) -> PyResult<()> {
    let mark = vm.push_root(handler);
    vm.push_root(pin_obj);
    let r = (|| {
        let t = irq_table(vm)?;
        let key = Value::from_small(pin as i32);
        if vm.root(mark).is_none() {
            dict::remove(vm, t, key)?;
            return Ok(());
        }
        let tr = Value::int(trigger).unwrap_or(Value::from_small(0));
        let e = tuple::new_tuple(vm, &[vm.root(mark), tr, vm.root(mark + 1)])?;
        let t = irq_table(vm)?;
        dict::set(vm, t, key, e)
    })();
    vm.pop_roots(mark);
    r
}
