//! `utime` (alias `time`): `time`, `time_ns`, `sleep`, `sleep_ms`,
//! `sleep_us`, `ticks_ms`, `ticks_us`, `ticks_cpu`, `ticks_add`,
//! `ticks_diff`, `localtime`, `gmtime`, `mktime`, over the HAL clock.
//!
//! Ticks are small ints masked to [`TICKS_PERIOD`] = 2^47 (MicroPython's
//! rule: the positive half of the small-int range, which is 48 bits here),
//! so they never allocate; `ticks_add(0, -1)` is `TICKS_PERIOD - 1` and
//! `ticks_diff(a, b)` is the signed modular difference in
//! `[-TICKS_PERIOD/2, TICKS_PERIOD/2)`. `time()` is a float of seconds since
//! 1970 (as Pycopy's unix port). `localtime` returns a 9-tuple (Pycopy's
//! unix port adds `isdst`, always 0 here), weekday 0 = Monday, yearday
//! 1..366. Every sleep and tick read is a poll point for interrupts and
//! scheduled callbacks.

use crate::util;
use pycopy_gc::Value;
use pycopy_vm::objects::tuple;
use pycopy_vm::registry::{ModFn, Module, ModuleDef, MODULES};
use pycopy_vm::vm::Args;
use pycopy_vm::{linkme, PyResult, Vm};

/// Period of the tick counters.
pub const TICKS_PERIOD: i64 = pycopy_gc::SMALL_INT_MAX + 1;
const TICKS_MAX: i64 = TICKS_PERIOD - 1;
const TICKS_HALF: i64 = TICKS_PERIOD / 2;

#[linkme::distributed_slice(MODULES)]
#[linkme(crate = pycopy_vm::linkme)]
static UTIME: ModuleDef = ModuleDef {
    name: "utime",
    aliases: &["time"],
    natives: &[
        ModFn::new("time", time),
        ModFn::new("time_ns", time_ns),
        ModFn::new("sleep", sleep),
        ModFn::new("sleep_ms", sleep_ms),
        ModFn::new("sleep_us", sleep_us),
        ModFn::new("ticks_ms", ticks_ms),
        ModFn::new("ticks_us", ticks_us),
        ModFn::new("ticks_cpu", ticks_cpu),
        ModFn::new("ticks_add", ticks_add),
        ModFn::new("ticks_diff", ticks_diff),
        ModFn::new("localtime", localtime),
        ModFn::new("gmtime", gmtime),
        ModFn::new("mktime", mktime),
    ],
    init,
    boot: None,
};

fn init(vm: &mut Vm, m: &Module) -> PyResult<()> {
    m.add_functions(vm)
}

fn poll(vm: &mut Vm) -> PyResult<()> {
    // Ctrl-C, due timers and the rest of the pending events.
    if pycopy_vm::pending::is_pending() {
        vm.service_pending()?;
    }
    #[cfg(any(feature = "micropython", feature = "umachine"))]
    crate::sched::poll(vm)?;
    let _ = vm;
    Ok(())
}

fn time(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let ns = vm.hal.time_ns();
    Ok(Value::float(ns as f64 / 1e9))
}

fn time_ns(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let ns = vm.hal.time_ns();
    pycopy_vm::objects::int::from_i128(vm, i128::from(ns))
}

/// Sleeps `ns` in slices of at most 10 ms, polling between them.
fn sleep_for(vm: &mut Vm, ns: u64) -> PyResult<Value> {
    let start = vm.hal.ticks_ns();
    loop {
        poll(vm)?;
        let done = vm.hal.ticks_ns().saturating_sub(start);
        if done >= ns {
            break;
        }
        vm.hal.sleep_ns((ns - done).min(10_000_000));
        if vm.hal.ticks_ns() == start {
            // A HAL without a clock: do not spin.
            break;
        }
    }
    poll(vm)?;
    Ok(Value::NONE)
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let s = util::to_float(vm, v)?;
    if s.is_nan() || s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    sleep_for(vm, (s * 1e9).min(u64::MAX as f64) as u64)
}

fn sleep_ms(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let n = util::to_int(vm, v, "ms")?.max(0) as u64;
    sleep_for(vm, n.saturating_mul(1_000_000))
}

fn sleep_us(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let n = util::to_int(vm, v, "us")?.max(0) as u64;
    sleep_for(vm, n.saturating_mul(1_000))
}

fn ticks(vm: &mut Vm, div: u64) -> PyResult<Value> {
    poll(vm)?;
    let t = (vm.hal.ticks_ns() / div) as i64 & TICKS_MAX;
    Ok(Value::int(t).unwrap_or(Value::from_small(0)))
}

fn ticks_ms(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    ticks(vm, 1_000_000)
}

fn ticks_us(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    ticks(vm, 1_000)
}

fn ticks_cpu(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    ticks(vm, 1)
}

fn ticks_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (vm.arg(&a, 0), vm.arg(&a, 1));
    let t = util::to_int(vm, x, "ticks")?;
    let d = util::to_int(vm, y, "delta")?;
    if d <= -TICKS_HALF || d >= TICKS_HALF {
        return Err(vm.raise(
            pycopy_vm::types::TypeId::OverflowError,
            "ticks interval overflow",
        ));
    }
    let r = t.wrapping_add(d) & TICKS_MAX;
    Ok(Value::int(r).unwrap_or(Value::from_small(0)))
}

fn ticks_diff(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (vm.arg(&a, 0), vm.arg(&a, 1));
    let t1 = util::to_int(vm, x, "ticks")?;
    let t2 = util::to_int(vm, y, "ticks")?;
    let d = (t1.wrapping_sub(t2).wrapping_add(TICKS_HALF) & TICKS_MAX) - TICKS_HALF;
    Ok(Value::int(d).unwrap_or(Value::from_small(0)))
}

/// Days since 1970-01-01 -> (year, month, day) (proleptic Gregorian).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) -> days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn time_tuple(vm: &mut Vm, secs: i64) -> PyResult<Value> {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday
    let yday = days - days_from_civil(y, 1, 1) + 1;
    let _ = is_leap(y);
    let vals = [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, wday, yday, 0];
    let mut out = [Value::NONE; 9];
    for (o, v) in out.iter_mut().zip(vals) {
        *o = util::int(vm, v)?;
    }
    tuple::new_tuple(vm, &out)
}

fn secs_arg(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    let v = vm.arg(a, 0);
    if a.n == 0 || v.is_none() {
        return Ok((vm.hal.time_ns() / 1_000_000_000) as i64);
    }
    if v.is_float() {
        let f = util::to_float(vm, v)?;
        return Ok(f.floor() as i64);
    }
    util::to_int(vm, v, "secs")
}

fn gmtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = secs_arg(vm, &a)?;
    time_tuple(vm, s)
}

fn localtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = secs_arg(vm, &a)?;
    let off = vm.hal.utc_offset(s);
    time_tuple(vm, s.saturating_add(off))
}

/// `mktime(tuple)`: local time tuple (8 or 9 items) -> seconds since 1970.
fn mktime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = vm.arg(&a, 0);
    let items = vm.seq_items(t);
    if items.len() < 6 {
        return Err(vm.type_error("mktime needs a tuple of 8 or 9 items"));
    }
    let mut f = [0i64; 6];
    for (o, v) in f.iter_mut().zip(items.iter()) {
        *o = util::to_int(vm, *v, "time field")?;
    }
    // Normalise the month like C's mktime.
    let (y, m) = (
        f[0] + (f[1] - 1).div_euclid(12),
        (f[1] - 1).rem_euclid(12) + 1,
    );
    let days = days_from_civil(y, m, 1) + f[2] - 1;
    let local = days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5];
    let off = vm.hal.utc_offset(local);
    util::int(vm, local - off)
}
