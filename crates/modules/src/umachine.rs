//! `umachine` (alias `machine`): `Pin`, `Signal`, `PinBase`, `mem8`/
//! `mem16`/`mem32`, `time_pulse_us`, `reset`, `soft_reset`, `freq`,
//! `unique_id`, `idle`, `disable_irq`/`enable_irq`, `Timer`
//! (`umachine_timer.rs`), over the HAL's
//! [`Board`](pycopy_vm::board::Board). On the unix port that is a simulated
//! board: see the port's README for how an outside process drives inputs
//! (`PYCOPY_BOARD`); `machine.drive(pin, level)` drives one from the
//! program itself (a test hook of the simulated board; `None` lets the pin
//! float).
//!
//! `Pin.irq(handler, trigger)` handlers run as hard interrupts soon after
//! the edge, between bytecodes of the running code (see `sched.rs`), and
//! at poll points: Pin reads/writes, `idle`, `drive`, sleeps, tick reads. `reset()` and `soft_reset()` end the
//! program with `SystemExit` (status 0): a unix process has nothing else
//! to reset.

use crate::sched;
use crate::umachine_timer as timer;
use crate::util;
use core::sync::atomic::Ordering;
use pycopy_gc::Value;
use pycopy_vm::board::{self, MemError};
use pycopy_vm::objects::{bytes, class, exc, tuple};
use pycopy_vm::registry::{ModFn, Module, ModuleDef, MODULES};
use pycopy_vm::types::{kind, TypeId};
use pycopy_vm::vm::Args;
use pycopy_vm::{linkme, PyResult, Vm};

#[linkme::distributed_slice(MODULES)]
#[linkme(crate = pycopy_vm::linkme)]
static UMACHINE: ModuleDef = ModuleDef {
    name: "umachine",
    aliases: &["machine"],
    natives: &[
        ModFn::new("time_pulse_us", time_pulse_us),
        ModFn::new("reset", reset),
        ModFn::new("soft_reset", reset),
        ModFn::new("freq", freq),
        ModFn::new("unique_id", unique_id),
        ModFn::new("idle", idle),
        ModFn::new("disable_irq", disable_irq),
        ModFn::new("enable_irq", enable_irq),
        ModFn::new("drive", drive),
        ModFn::new("Pin.__new__", pin_new),
        ModFn::new("Pin.init", pin_init),
        ModFn::new("Pin.value", pin_value),
        ModFn::new("Pin.__call__", pin_value),
        ModFn::new("Pin.on", pin_on),
        ModFn::new("Pin.high", pin_on),
        ModFn::new("Pin.off", pin_off),
        ModFn::new("Pin.low", pin_off),
        ModFn::new("Pin.toggle", pin_toggle),
        ModFn::new("Pin.irq", pin_irq),
        ModFn::new("Pin.mode", pin_mode),
        ModFn::new("Pin.pull", pin_pull),
        ModFn::new("Pin.__repr__", pin_repr),
        ModFn::new("Signal.__new__", signal_new),
        ModFn::new("Signal.value", signal_value),
        ModFn::new("Signal.__call__", signal_value),
        ModFn::new("Signal.on", signal_on),
        ModFn::new("Signal.off", signal_off),
        ModFn::new("PinBase.value", pinbase_value),
        ModFn::new("Mem.__getitem__", mem_get),
        ModFn::new("Mem.__setitem__", mem_set),
        ModFn::new("Timer.__new__", timer::timer_new),
        ModFn::new("Timer.init", timer::timer_init),
        ModFn::new("Timer.deinit", timer::timer_deinit),
        ModFn::new("Timer.__repr__", timer::timer_repr),
    ],
    init,
    boot: None,
};

fn init(vm: &mut Vm, m: &Module) -> PyResult<()> {
    sched::prepare(vm)?;
    m.add_functions(vm)?;
    let pin = m.class(vm, "Pin", &[])?;
    let mark = vm.push_root(pin);
    let r = (|| {
        for (n, v) in [
            ("IN", board::MODE_IN),
            ("OUT", board::MODE_OUT),
            ("OPEN_DRAIN", board::MODE_OPEN_DRAIN),
            ("PULL_UP", board::PULL_UP),
            ("PULL_DOWN", board::PULL_DOWN),
            ("IRQ_FALLING", sched::IRQ_FALLING as i32),
            ("IRQ_RISING", sched::IRQ_RISING as i32),
        ] {
            util::set_attr(vm, vm.root(mark), n, Value::from_small(v))?;
        }
        m.class(vm, "Signal", &[])?;
        let tm = m.class(vm, "Timer", &[])?;
        util::set_attr(
            vm,
            tm,
            "ONE_SHOT",
            Value::from_small(timer::ONE_SHOT as i32),
        )?;
        let tm = util::attr(vm, m.object(vm), "Timer")?;
        util::set_attr(
            vm,
            tm,
            "PERIODIC",
            Value::from_small(timer::PERIODIC as i32),
        )?;
        m.class(vm, "PinBase", &[])?;
        let mem = m.class(vm, "Mem", &[])?;
        let mm = vm.push_root(mem);
        for (n, w) in [("mem8", 1), ("mem16", 2), ("mem32", 4)] {
            let o = class::new_instance(vm, vm.root(mm))?;
            let om = vm.push_root(o);
            util::set_attr(vm, o, "_w", Value::from_small(w))?;
            m.set(vm, n, vm.root(om))?;
            vm.pop_roots(om);
        }
        let k = vm.intern("Mem")?;
        let d = vm.slot(m.object(vm), 1);
        pycopy_vm::objects::dict::remove(vm, d, k)?;
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

fn no_board(vm: &mut Vm) -> pycopy_vm::vm::PyErr {
    util::os_error(vm, pycopy_vm::hal::errno::ENODEV)
}

fn has_board(vm: &mut Vm) -> bool {
    vm.hal.board().is_some()
}

/// The pin id of a Pin object.
fn pin_id(vm: &mut Vm, o: Value) -> PyResult<u32> {
    let id = util::attr_int(vm, o, "_id")?;
    Ok(id.clamp(0, i64::from(u32::MAX)) as u32)
}

fn read_level(vm: &mut Vm, id: u32) -> PyResult<bool> {
    sched::poll(vm)?;
    match vm.hal.board() {
        Some(b) => Ok(b.pin_read(id)),
        None => Err(no_board(vm)),
    }
}

fn write_level(vm: &mut Vm, id: u32, level: bool) -> PyResult<()> {
    match vm.hal.board() {
        Some(b) => b.pin_write(id, level),
        None => return Err(no_board(vm)),
    }
    sched::poll(vm)
}

/// Applies `mode`, `pull`, `value` (positional from `first`, or keywords).
fn configure(vm: &mut Vm, o: Value, a: &Args, first: usize) -> PyResult<()> {
    let id = pin_id(vm, o)?;
    let Some((cur_mode, cur_pull)) = vm.hal.board().map(|b| b.pin_config(id)) else {
        return Err(no_board(vm));
    };
    let mode = match util::arg_or_kw(vm, a, first, "mode") {
        Some(v) if !v.is_none() => util::to_int(vm, v, "mode")?,
        _ => -1,
    };
    let pull = match util::arg_or_kw(vm, a, first + 1, "pull") {
        Some(v) if !v.is_none() => util::to_int(vm, v, "pull")?,
        _ => -2,
    };
    let value = util::arg_or_kw(vm, a, usize::MAX, "value").filter(|v| !v.is_none());
    if let Some(v) = value {
        let l = vm.truthy(v)?;
        if let Some(b) = vm.hal.board() {
            b.pin_write(id, l);
        }
    }
    let mode = if mode < 0 { cur_mode } else { mode as i32 };
    if !matches!(
        mode,
        board::MODE_IN | board::MODE_OUT | board::MODE_OPEN_DRAIN
    ) {
        return Err(vm.value_error("invalid pin mode"));
    }
    let pull = if pull == -2 { cur_pull } else { pull as i32 };
    if let Some(b) = vm.hal.board() {
        b.pin_init(id, mode, pull);
    }
    sched::poll(vm)
}

/// `Pin(id, mode=-1, pull=-1, *, value=None)`.
fn pin_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, idv) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if a.n < 2 {
        return Err(vm.type_error("Pin() needs a pin id"));
    }
    let id = util::to_int(vm, idv, "pin id")?;
    let count = vm.hal.board().map_or(0, |b| b.pin_count());
    if !has_board(vm) {
        return Err(no_board(vm));
    }
    if id < 0 || id >= i64::from(count) {
        let m = alloc::format!("invalid pin: {id}");
        return Err(vm.value_error(&m));
    }
    let o = class::new_instance(vm, cls)?;
    let mark = vm.push_root(o);
    let r = (|| {
        util::set_attr(vm, vm.root(mark), "_id", Value::from_small(id as i32))?;
        configure(vm, vm.root(mark), &a, 2)?;
        Ok(vm.root(mark))
    })();
    vm.pop_roots(mark);
    r
}

fn pin_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    configure(vm, o, &a, 1)?;
    Ok(Value::NONE)
}

fn pin_value(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let id = pin_id(vm, o)?;
    if a.n > 1 {
        let v = vm.arg(&a, 1);
        let l = vm.truthy(v)?;
        write_level(vm, id, l)?;
        return Ok(Value::NONE);
    }
    let l = read_level(vm, id)?;
    Ok(Value::from_small(i32::from(l)))
}

fn pin_on(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let id = pin_id(vm, o)?;
    write_level(vm, id, true)?;
    Ok(Value::NONE)
}

fn pin_off(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let id = pin_id(vm, o)?;
    write_level(vm, id, false)?;
    Ok(Value::NONE)
}

fn pin_toggle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let id = pin_id(vm, o)?;
    let l = read_level(vm, id)?;
    write_level(vm, id, !l)?;
    Ok(Value::NONE)
}

fn pin_mode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    if a.n > 1 {
        configure(vm, o, &a, 1)?;
        return Ok(Value::NONE);
    }
    let id = pin_id(vm, o)?;
    let m = vm.hal.board().map_or(0, |b| b.pin_config(id).0);
    Ok(Value::from_small(m))
}

fn pin_pull(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let id = pin_id(vm, o)?;
    if a.n > 1 {
        let v = vm.arg(&a, 1);
        let p = if v.is_none() {
            -1
        } else {
            util::to_int(vm, v, "pull")? as i32
        };
        if let Some(b) = vm.hal.board() {
            let (m, _) = b.pin_config(id);
            b.pin_init(id, m, p);
        }
        return Ok(Value::NONE);
    }
    let p = vm.hal.board().map_or(-1, |b| b.pin_config(id).1);
    if p < 0 {
        return Ok(Value::NONE);
    }
    Ok(Value::from_small(p))
}

fn pin_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let id = pin_id(vm, o)?;
    let s = alloc::format!("Pin({id})");
    vm.new_str(&s)
}

/// `irq(handler=None, trigger=IRQ_FALLING|IRQ_RISING, *, hard=True)`.
fn pin_irq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    let id = pin_id(vm, o)?;
    let handler = util::arg_or_kw(vm, &a, 1, "handler").unwrap_or(Value::NONE);
    let trigger = match util::arg_or_kw(vm, &a, 2, "trigger") {
        Some(t) => util::to_int(vm, t, "trigger")?,
        None => sched::IRQ_FALLING | sched::IRQ_RISING,
    };
    // Edges from before the registration are not delivered.
    if let Some(b) = vm.hal.board() {
        let _ = b.poll();
    }
    sched::set_irq(vm, id, handler, trigger, o)?;
    Ok(Value::NONE)
}

// ------------------------------------------------------------ Signal

/// `Signal(pin_obj, *, invert=False)` or `Signal(pin_args..., *, invert=False)`.
fn signal_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.arg(&a, 0);
    let inv = match util::arg_or_kw(vm, &a, usize::MAX, "invert") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let first = vm.arg(&a, 1);
    if a.n < 2 {
        return Err(vm.type_error("Signal() needs a pin"));
    }
    let mark = vm.push_root(cls);
    let r = (|| {
        let pin = if first.is_int() {
            // Build a Pin from the remaining positional arguments.
            let m = pycopy_vm::registry::load(
                vm,
                pycopy_vm::registry::find("umachine").map_or(usize::MAX, |(i, _)| i),
            )?;
            let pc = util::attr(vm, m, "Pin")?;
            let args: alloc::vec::Vec<Value> = (1..a.n as usize).map(|i| vm.arg(&a, i)).collect();
            vm.call(pc, &args)?
        } else {
            first
        };
        let pm = vm.push_root(pin);
        let o = class::new_instance(vm, vm.root(mark))?;
        let om = vm.push_root(o);
        util::set_attr(vm, o, "_pin", vm.root(pm))?;
        util::set_attr(vm, vm.root(om), "_inv", Value::bool(inv))?;
        Ok(vm.root(om))
    })();
    vm.pop_roots(mark);
    r
}

fn signal_set(vm: &mut Vm, o: Value, on: bool) -> PyResult<()> {
    let inv = util::attr_int(vm, o, "_inv")? != 0;
    let pin = util::attr(vm, o, "_pin")?;
    util::call_method(vm, pin, "value", &[Value::from_small(i32::from(on ^ inv))])?;
    Ok(())
}

fn signal_value(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    if a.n > 1 {
        let v = vm.arg(&a, 1);
        let on = vm.truthy(v)?;
        signal_set(vm, o, on)?;
        return Ok(Value::NONE);
    }
    let inv = util::attr_int(vm, o, "_inv")? != 0;
    let pin = util::attr(vm, o, "_pin")?;
    let v = util::call_method(vm, pin, "value", &[])?;
    let l = vm.truthy(v)?;
    Ok(Value::from_small(i32::from(l ^ inv)))
}

fn signal_on(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    signal_set(vm, o, true)?;
    Ok(Value::NONE)
}

fn signal_off(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = vm.arg(&a, 0);
    signal_set(vm, o, false)?;
    Ok(Value::NONE)
}

fn pinbase_value(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.raise(
        TypeId::NotImplementedError,
        "PinBase subclasses must implement value()",
    ))
}

// ------------------------------------------------------------ memory

fn mem_error(vm: &mut Vm, e: MemError) -> pycopy_vm::vm::PyErr {
    match e {
        MemError::Unaligned { addr, width } => {
            let m = alloc::format!("address {addr:08x} is not aligned to {width} bytes");
            vm.value_error(&m)
        }
        MemError::OutOfRange { addr } => {
            let m = alloc::format!(
                "address {addr:08x} is outside the simulated register space {:08x}..{:08x}",
                board::SIM_MEM_BASE,
                board::SIM_MEM_BASE + board::SIM_MEM_SIZE as u64
            );
            vm.value_error(&m)
        }
    }
}

fn mem_addr(vm: &mut Vm, a: &Args) -> PyResult<(u64, u8)> {
    let (o, k) = (vm.arg(a, 0), vm.arg(a, 1));
    let w = util::attr_int(vm, o, "_w")?.clamp(1, 4) as u8;
    let addr = util::to_int(vm, k, "address")?;
    Ok((addr as u64, w))
}

fn mem_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (addr, w) = mem_addr(vm, &a)?;
    let r = match vm.hal.board() {
        Some(b) => b.mem_read(addr, w),
        None => return Err(no_board(vm)),
    };
    match r {
        Ok(v) => util::int(vm, i64::from(v)),
        Err(e) => Err(mem_error(vm, e)),
    }
}

fn mem_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (addr, w) = mem_addr(vm, &a)?;
    let v = vm.arg(&a, 2);
    let v = util::to_int(vm, v, "value")? as u32;
    let r = match vm.hal.board() {
        Some(b) => b.mem_write(addr, w, v),
        None => return Err(no_board(vm)),
    };
    match r {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(mem_error(vm, e)),
    }
}

// ------------------------------------------------------------ functions

/// `time_pulse_us(pin, level, timeout_us=1000000)`: waits for `pin` to be
/// at `level` (-2 on timeout), then times how long it stays there (-1 on
/// timeout).
fn time_pulse_us(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (pin, lv) = (vm.arg(&a, 0), vm.arg(&a, 1));
    let level = vm.truthy(lv)?;
    let timeout = match util::arg_or_kw(vm, &a, 2, "timeout_us") {
        Some(t) => util::to_int(vm, t, "timeout_us")?.max(0) as u64,
        None => 1_000_000,
    } * 1000;
    let mark = vm.push_root(pin);
    let r = (|| {
        let start = vm.hal.ticks_ns();
        loop {
            let v = util::call_method(vm, vm.root(mark), "value", &[])?;
            if vm.truthy(v)? == level {
                break;
            }
            if vm.hal.ticks_ns().saturating_sub(start) >= timeout {
                return Ok(Value::from_small(-2));
            }
            vm.hal.sleep_ns(1000);
        }
        let t0 = vm.hal.ticks_ns();
        loop {
            let v = util::call_method(vm, vm.root(mark), "value", &[])?;
            if vm.truthy(v)? != level {
                break;
            }
            if vm.hal.ticks_ns().saturating_sub(t0) >= timeout {
                return Ok(Value::from_small(-1));
            }
            vm.hal.sleep_ns(1000);
        }
        let us = vm.hal.ticks_ns().saturating_sub(t0) / 1000;
        util::int(vm, us as i64)
    })();
    vm.pop_roots(mark);
    r
}

fn reset(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let args = tuple::new_tuple(vm, &[])?;
    let e = exc::new_exc_raw(vm, TypeId::SystemExit.value(), args)?;
    Err(vm.raise_value(e))
}

fn freq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 0 {
        let v = vm.arg(&a, 0);
        let hz = util::to_int(vm, v, "freq")?;
        if hz <= 0 {
            return Err(vm.value_error("frequency must be positive"));
        }
        match vm.hal.board() {
            Some(b) => b.set_freq(hz as u64),
            None => return Err(no_board(vm)),
        }
        return Ok(Value::NONE);
    }
    let f = vm.hal.board().map(|b| b.freq());
    match f {
        Some(f) => util::int(vm, f as i64),
        None => Err(no_board(vm)),
    }
}

fn unique_id(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let id = match vm.hal.board() {
        Some(b) => b.unique_id(),
        None => b"upy-non-unique".to_vec(),
    };
    bytes::new_bytes(vm, kind::BYTES, &id)
}

fn idle(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    sched::poll(vm)?;
    Ok(Value::NONE)
}

/// `disable_irq()` -> previous state (1 enabled, 0 disabled).
fn disable_irq(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let was = sched::IRQ_ENABLED.swap(false, Ordering::SeqCst);
    Ok(Value::from_small(i32::from(was)))
}

/// `enable_irq(state=1)`: restores the state `disable_irq` returned; pending
/// edges are delivered at once.
fn enable_irq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let on = if a.n > 0 {
        let v = vm.arg(&a, 0);
        vm.truthy(v)?
    } else {
        true
    };
    sched::IRQ_ENABLED.store(on, Ordering::SeqCst);
    sched::poll(vm)?;
    Ok(Value::NONE)
}

/// `drive(pin_id, level)`: the simulated board's input hook (1/0/True/
/// False, or None to let the pin float); edges fire at once.
fn drive(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (p, l) = (vm.arg(&a, 0), vm.arg(&a, 1));
    let id = util::to_int(vm, p, "pin id")?;
    let level = if l.is_none() {
        None
    } else {
        Some(vm.truthy(l)?)
    };
    match vm.hal.board() {
        Some(b) => b.drive(id.clamp(0, i64::from(u32::MAX)) as u32, level),
        None => return Err(no_board(vm)),
    }
    sched::poll(vm)?;
    Ok(Value::NONE)
}
