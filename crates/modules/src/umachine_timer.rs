//! `machine.Timer`: soft (virtual) timers over the HAL clock.
//!
//! `Timer(id=-1, *, mode=Timer.PERIODIC, period=-1, freq=-1, callback=None,
//! hard=True)` (keywords as `init`), `init(...)`, `deinit()`,
//! `Timer.ONE_SHOT`/`Timer.PERIODIC`. The period is `period` milliseconds,
//! or `1/freq` seconds, 1000 ms by default. When a timer is due its
//! callback is called with the timer: a hard timer (the default) runs as a
//! hard interrupt (heap locked, like a `Pin.irq` handler), a soft one
//! (`hard=False`) through `micropython.schedule`.
//!
//! Timers are checked whenever the interpreter services its pending-events
//! flag ([`pycopy_vm::pending`]); arming a timer asks the port to raise the
//! flag at the deadline ([`pycopy_vm::hal::Hal::wake_at`]), so a callback
//! interrupts even a `while True: pass` loop. Deadlines are kept in
//! microseconds of `ticks_ns` in instance attributes; the armed timers are
//! listed in builtins under the hidden key `" timers"` (rooted).

use crate::sched;
use crate::util;
use pycopy_gc::Value;
use pycopy_vm::objects::{dict, list};
use pycopy_vm::vm::Args;
use pycopy_vm::{PyResult, Vm};

/// `Timer.ONE_SHOT`.
pub const ONE_SHOT: i64 = 0;
/// `Timer.PERIODIC`.
pub const PERIODIC: i64 = 1;

/// The list of armed timers (`None` when none was ever armed).
fn armed(vm: &mut Vm, create: bool) -> PyResult<Option<Value>> {
    let k = vm.intern(" timers")?;
    let b = vm.st.builtins;
    if let Some(v) = dict::get_str(vm, b, k) {
        return Ok(Some(v));
    }
    if !create {
        return Ok(None);
    }
    let l = list::new_list(vm, 4)?;
    let mark = vm.push_root(l);
    let b = vm.st.builtins;
    let r = dict::set(vm, b, k, l);
    let l = vm.root(mark);
    vm.pop_roots(mark);
    r.map(|_| Some(l))
}

fn now_us(vm: &mut Vm) -> i64 {
    (vm.hal.ticks_ns() / 1000).min(i64::MAX as u64) as i64
}

fn small(i: i64) -> Value {
    Value::int(i).unwrap_or(Value::from_small(0))
}

/// Removes timer `t` from the armed list (rebuilt without it).
fn disarm(vm: &mut Vm, t: Value) -> PyResult<()> {
    let Some(l) = armed(vm, false)? else {
        return Ok(());
    };
    let items = list::items(vm, l);
    let keep: alloc::vec::Vec<Value> = items.into_iter().filter(|&x| x != t).collect();
    for (i, v) in keep.iter().enumerate() {
        list::set(vm, l, i, *v);
    }
    for i in keep.len()..list::len(vm, l) {
        list::set(vm, l, i, Value::NONE);
    }
    vm.set_slot(l, list::LEN, small(keep.len() as i64));
    Ok(())
}

/// `Timer(id=-1, **init_kwargs)`.
pub fn timer_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.arg(&a, 0);
    let o = pycopy_vm::objects::class::new_instance(vm, cls)?;
    let mark = vm.push_root(o);
    let r = (|| {
        let id = match util::arg_or_kw(vm, &a, 1, "id") {
            Some(v) => util::to_int(vm, v, "id")?,
            None => -1,
        };
        util::set_attr(vm, vm.root(mark), "_tid", small(id))?;
        util::set_attr(vm, vm.root(mark), "_due", Value::NONE)?;
        if a.nkw > 0 {
            configure(vm, vm.root(mark), &a)?;
        }
        Ok(vm.root(mark))
    })();
    vm.pop_roots(mark);
    r
}

/// `init(*, mode=PERIODIC, period=-1, freq=-1, callback=None, hard=True)`.
pub fn timer_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    configure(vm, o, &a)?;
    Ok(Value::NONE)
}

fn configure(vm: &mut Vm, o: Value, a: &Args) -> PyResult<()> {
    let mark = vm.push_root(o);
    let r = (|| {
        let mode = match util::arg_or_kw(vm, a, usize::MAX, "mode") {
            Some(v) => util::to_int(vm, v, "mode")?,
            None => PERIODIC,
        };
        if mode != ONE_SHOT && mode != PERIODIC {
            return Err(vm.value_error("invalid mode"));
        }
        let period_ms = match util::arg_or_kw(vm, a, usize::MAX, "period") {
            Some(v) => util::to_int(vm, v, "period")?,
            None => -1,
        };
        let freq = match util::arg_or_kw(vm, a, usize::MAX, "freq") {
            Some(v) => util::to_float(vm, v)?,
            None => -1.0,
        };
        let period_us = if freq > 0.0 {
            (1e6 / freq).max(1.0) as i64
        } else if period_ms >= 0 {
            period_ms.saturating_mul(1000).max(1)
        } else {
            1_000_000
        };
        let cb = util::arg_or_kw(vm, a, usize::MAX, "callback").unwrap_or(Value::NONE);
        let hard = match util::arg_or_kw(vm, a, usize::MAX, "hard") {
            Some(v) => vm.truthy(v)?,
            None => true,
        };
        util::set_attr(vm, vm.root(mark), "_cb", cb)?;
        util::set_attr(vm, vm.root(mark), "_mode", small(mode))?;
        util::set_attr(vm, vm.root(mark), "_period", small(period_us))?;
        util::set_attr(vm, vm.root(mark), "_hard", Value::bool(hard))?;
        let due = now_us(vm).saturating_add(period_us);
        util::set_attr(vm, vm.root(mark), "_due", small(due))?;
        disarm(vm, vm.root(mark))?;
        if let Some(l) = armed(vm, true)? {
            list::append(vm, l, vm.root(mark))?;
        }
        vm.hal.wake_at((due as u64).saturating_mul(1000));
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

/// `deinit()`: stops the timer.
pub fn timer_deinit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let mark = vm.push_root(o);
    let r = (|| {
        util::set_attr(vm, vm.root(mark), "_due", Value::NONE)?;
        disarm(vm, vm.root(mark))
    })();
    vm.pop_roots(mark);
    r.map(|()| Value::NONE)
}

/// `Timer(id)` repr.
pub fn timer_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let id = util::attr_int(vm, o, "_tid")?;
    let s = alloc::format!("Timer({id})");
    vm.new_str(&s)
}

/// Fires the due timers (a service hook of the pending-events flag).
fn service(vm: &mut Vm) -> PyResult<()> {
    if vm.heap.is_locked() {
        // Inside a hard handler: the flag is raised again when it ends.
        return Ok(());
    }
    let Some(l) = armed(vm, false)? else {
        return Ok(());
    };
    if list::len(vm, l) == 0 {
        return Ok(());
    }
    let now = now_us(vm);
    let timers = list::items(vm, l);
    let mark = vm.push_root(l);
    for t in &timers {
        vm.push_root(*t);
    }
    let r = (|| {
        let mut next: Option<i64> = None;
        for i in 0..timers.len() {
            let t = vm.root(mark + 1 + i);
            let due = util::attr_int(vm, t, "_due")?;
            if due > now {
                next = Some(next.map_or(due, |n: i64| n.min(due)));
                continue;
            }
            let mode = util::attr_int(vm, t, "_mode")?;
            if mode == PERIODIC {
                let period = util::attr_int(vm, t, "_period")?.max(1);
                let mut nd = due.saturating_add(period);
                if nd <= now {
                    // Missed periods are skipped, not replayed.
                    nd = now.saturating_add(period);
                }
                util::set_attr(vm, vm.root(mark + 1 + i), "_due", small(nd))?;
                next = Some(next.map_or(nd, |n: i64| n.min(nd)));
            } else {
                let t = vm.root(mark + 1 + i);
                util::set_attr(vm, t, "_due", Value::NONE)?;
                disarm(vm, vm.root(mark + 1 + i))?;
            }
            let t = vm.root(mark + 1 + i);
            let cb = util::attr(vm, t, "_cb")?;
            if cb.is_none() {
                continue;
            }
            let hard = util::attr_opt(vm, vm.root(mark + 1 + i), "_hard")?
                .is_some_and(|v| v == Value::TRUE);
            let t = vm.root(mark + 1 + i);
            if hard {
                sched::hard_call(vm, cb, t);
            } else if sched::schedule(vm, cb, t).is_err() {
                // Queue full: the tick is lost, as on a board.
                vm.st.exc = Value::NONE;
            }
        }
        if let Some(n) = next {
            vm.hal.wake_at((n.max(0) as u64).saturating_mul(1000));
        }
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

#[linkme::distributed_slice(pycopy_vm::pending::SERVICE_HOOKS)]
#[linkme(crate = pycopy_vm::linkme)]
static TIMERS: pycopy_vm::pending::ServiceHook = service;
