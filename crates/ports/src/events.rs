//! Where the unix port's asynchronous events come from. Each of them only
//! raises the VM's pending-events flag ([`pycopy_vm::pending`]); the
//! interpreter does the work at its next check point.
//!
//! - SIGINT (Ctrl-C on a terminal): `KeyboardInterrupt` in the running
//!   code; with `micropython.kbd_intr(-1)` the signal's default action
//!   (the process ends) is restored for that signal.
//! - A clock thread for `machine.Timer` deadlines ([`wake_at`]).
//! - A watcher thread for the `PYCOPY_BOARD` feed file ([`watch_feed`]):
//!   a rewrite of the file interrupts running code, so `Pin.irq` handlers
//!   run inside loops that never touch a pin.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Nanoseconds since the first call (the port's `ticks_ns` clock).
pub fn ticks_ns() -> u64 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    if !pycopy_vm::pending::keyboard_interrupt() {
        // Interrupts disabled: behave as if no handler was installed.
        // SAFETY: signal() and raise() are async-signal-safe; SIG_DFL is a
        // valid disposition for SIGINT.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::raise(libc::SIGINT);
        }
    }
}

/// Installs the SIGINT handler.
pub fn install_sigint() {
    // SAFETY: a zeroed sigaction is a valid value (empty mask, no flags);
    // the handler only performs atomic stores and async-signal-safe calls.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// How many times the clock thread raised the flag (for tests: VMs on
/// other threads may clear the flag itself at any moment).
static FIRED: AtomicU64 = AtomicU64::new(0);

/// Deadlines (in [`ticks_ns`]) the clock thread waits for.
struct Clock {
    deadlines: Mutex<Vec<u64>>,
    cv: Condvar,
}

fn clock() -> &'static Clock {
    static CLOCK: OnceLock<&'static Clock> = OnceLock::new();
    CLOCK.get_or_init(|| {
        let c: &'static Clock = Box::leak(Box::new(Clock {
            deadlines: Mutex::new(Vec::new()),
            cv: Condvar::new(),
        }));
        let _ = std::thread::Builder::new()
            .name("pycopy-clock".into())
            .spawn(move || clock_loop(c));
        c
    })
}

fn clock_loop(c: &'static Clock) {
    let Ok(mut d) = c.deadlines.lock() else {
        return;
    };
    loop {
        let now = ticks_ns();
        let before = d.len();
        d.retain(|&t| t > now);
        if d.len() != before {
            FIRED.fetch_add(1, Ordering::Relaxed);
            pycopy_vm::pending::request();
        }
        let wait = d.iter().min().map(|&t| t.saturating_sub(now));
        d = match wait {
            Some(ns) => match c.cv.wait_timeout(d, Duration::from_nanos(ns)) {
                Ok((g, _)) => g,
                Err(_) => return,
            },
            None => match c.cv.wait(d) {
                Ok(g) => g,
                Err(_) => return,
            },
        };
    }
}

/// Raises the pending flag once [`ticks_ns`] reaches `deadline`.
pub fn wake_at(deadline: u64) {
    let c = clock();
    if let Ok(mut d) = c.deadlines.lock() {
        if !d.contains(&deadline) {
            d.push(deadline);
        }
        c.cv.notify_one();
    }
}

/// Watches the feed file `path`: every change of its contents raises the
/// pending flag (checked every 2 ms).
pub fn watch_feed(path: std::path::PathBuf) {
    // Read before the thread starts: a change made right after start-up
    // must count as a change.
    let mut last = std::fs::read(&path).ok();
    let _ = std::thread::Builder::new()
        .name("pycopy-board-feed".into())
        .spawn(move || loop {
            std::thread::sleep(Duration::from_millis(2));
            let now = std::fs::read(&path).ok();
            if now != last {
                last = now;
                pycopy_vm::pending::request();
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_raises_the_flag_at_the_deadline() {
        let before = FIRED.load(Ordering::Relaxed);
        let start = Instant::now();
        wake_at(ticks_ns() + 20_000_000);
        while FIRED.load(Ordering::Relaxed) == before && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(1));
        }
        assert!(FIRED.load(Ordering::Relaxed) > before);
        assert!(start.elapsed() >= Duration::from_millis(15));
    }
}
