//! Pending events: what interrupts running Python code between bytecodes.
//!
//! One process-wide flag, [`PENDING`], says "something wants the
//! interpreter's attention". Anything may set it, from any thread or from
//! a signal handler (it is a plain atomic store): the board when an input
//! changes ([`request`]), `micropython.schedule`, a port's timer or feed
//! watcher thread, the port's SIGINT handler ([`keyboard_interrupt`]).
//!
//! The interpreter loop tests the flag (one relaxed load) only at backward
//! jumps (every loop back-edge, including the specialised `for ... in
//! range` loop) and at Python calls and returns, so even `while True:
//! pass` notices it; when set it calls [`Vm::service_pending`] (cold),
//! which clears the flag, raises `KeyboardInterrupt` if one is pending,
//! then runs every registered [`SERVICE_HOOKS`] entry (the `machine`
//! module's hook delivers board edges to `Pin.irq` handlers as hard
//! interrupts and runs `micropython.schedule` callbacks).
//!
//! A hook that cannot do its work now (the heap is locked, a scheduled
//! callback is already running) leaves it queued and calls [`request`]
//! again once the blocking condition ends, so nothing is lost and nothing
//! nests.

use crate::vm::{PyResult, Vm};
use core::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use linkme::distributed_slice;

/// Set when some event waits for the interpreter (see the module docs).
pub static PENDING: AtomicBool = AtomicBool::new(false);

/// Set by [`keyboard_interrupt`]: `KeyboardInterrupt` is to be raised in
/// the running code at the next check point.
static KBD_PENDING: AtomicBool = AtomicBool::new(false);

/// The interrupt character (`micropython.kbd_intr`): 3 (Ctrl-C) by
/// default, -1 when keyboard interrupts are disabled.
static INTR_CHAR: AtomicI32 = AtomicI32::new(3);

/// Something that runs when the pending flag is serviced; registered by
/// modules with `#[linkme::distributed_slice(SERVICE_HOOKS)]`.
pub type ServiceHook = fn(&mut Vm) -> PyResult<()>;

/// Every registered service hook, run in link order by
/// [`Vm::service_pending`].
#[distributed_slice]
pub static SERVICE_HOOKS: [ServiceHook];

/// True when an event waits (the interpreter's check).
#[inline(always)]
pub fn is_pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Asks the interpreter to run [`Vm::service_pending`] at its next check
/// point. Async-signal-safe and callable from any thread.
#[inline]
pub fn request() {
    PENDING.store(true, Ordering::Release);
}

/// A keyboard interrupt (the port's SIGINT handler, or the interrupt
/// character read from the console): raises `KeyboardInterrupt` in the
/// running code at its next check point. Ignored (returns false) when
/// `micropython.kbd_intr(-1)` disabled interrupts. Async-signal-safe.
pub fn keyboard_interrupt() -> bool {
    if INTR_CHAR.load(Ordering::Relaxed) < 0 {
        return false;
    }
    KBD_PENDING.store(true, Ordering::Release);
    request();
    true
}

/// Forgets a keyboard interrupt that has not been delivered yet (a REPL
/// that already handled Ctrl-C at its prompt).
pub fn clear_keyboard_interrupt() {
    KBD_PENDING.store(false, Ordering::Release);
}

/// Sets the interrupt character (`micropython.kbd_intr(c)`; -1 disables).
pub fn set_interrupt_char(c: i32) {
    INTR_CHAR.store(c, Ordering::Relaxed);
}

/// The interrupt character (3 by default, -1 when disabled).
pub fn interrupt_char() -> i32 {
    INTR_CHAR.load(Ordering::Relaxed)
}

impl Vm {
    /// Services pending events (called by the interpreter when
    /// [`is_pending`]): raises `KeyboardInterrupt` if one is pending, else
    /// runs the [`SERVICE_HOOKS`]. An exception from a hook propagates
    /// into the running code (as an exception of the instruction that
    /// checked).
    #[cold]
    #[inline(never)]
    pub fn service_pending(&mut self) -> PyResult<()> {
        PENDING.store(false, Ordering::Relaxed);
        if KBD_PENDING.load(Ordering::Acquire) {
            if self.heap.is_locked() {
                // Raising allocates: wait until the heap is unlocked.
                request();
            } else {
                KBD_PENDING.store(false, Ordering::Release);
                let args = crate::objects::tuple::new_tuple(self, &[])?;
                let t = crate::types::TypeId::KeyboardInterrupt.value();
                let e = crate::objects::exc::new_exc_raw(self, t, args)?;
                return Err(self.raise_value(e));
            }
        }
        for hook in SERVICE_HOOKS {
            hook(self)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Tests in this crate run VMs on parallel threads that share these
    // statics: nothing here may leave a keyboard interrupt pending.
    #[test]
    fn disabled_interrupt_is_ignored() {
        set_interrupt_char(-1);
        assert_eq!(interrupt_char(), -1);
        assert!(!keyboard_interrupt());
        assert!(!KBD_PENDING.load(Ordering::Relaxed));
        set_interrupt_char(3);
        assert_eq!(interrupt_char(), 3);
    }

    #[test]
    fn service_with_nothing_pending_is_a_no_op() -> Result<(), crate::vm::PyErr> {
        let mut vm = Vm::new(
            1 << 16,
            pycopy_gc::CollectorKind::MarkSweep,
            alloc::boxed::Box::new(crate::hal::BufferHal::default()),
        )
        .map_err(|_| crate::vm::PyErr)?;
        request();
        vm.service_pending()
    }
}
