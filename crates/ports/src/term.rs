//! The REPL's console on unix: stdin byte by byte (through std's shared
//! stdin buffer, so `input()` and the REPL never lose each other's bytes)
//! and, when stdin is a terminal, its modes: fully raw while the REPL
//! reads keys, the original mode plus SIGINT on the interrupt character
//! (`micropython.kbd_intr`, Ctrl-C by default) while code runs. The
//! original mode is restored on drop.

use crate::repl::Console;
use std::io::Read;

/// stdin as a [`Console`].
pub struct StdConsole {
    /// The terminal's mode at start (None when stdin is not a terminal).
    saved: Option<libc::termios>,
}

impl std::fmt::Debug for StdConsole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StdConsole")
            .field("tty", &self.saved.is_some())
            .finish()
    }
}

impl StdConsole {
    /// The console over fd 0.
    pub fn new() -> StdConsole {
        // SAFETY: isatty and tcgetattr only read the state of fd 0 into a
        // zeroed termios we own.
        let saved = unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            (libc::isatty(0) == 1 && libc::tcgetattr(0, &mut t) == 0).then_some(t)
        };
        StdConsole { saved }
    }

    fn apply(t: &libc::termios) {
        // SAFETY: `t` is a complete termios obtained from tcgetattr.
        unsafe {
            libc::tcsetattr(0, libc::TCSANOW, t);
        }
    }
}

impl Console for StdConsole {
    fn read_byte(&mut self) -> Option<u8> {
        let mut b = [0u8; 1];
        loop {
            match std::io::stdin().lock().read(&mut b) {
                Ok(0) => return None,
                Ok(_) => return Some(b[0]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
    }

    fn set_raw(&mut self, on: bool) {
        let Some(orig) = self.saved else {
            return;
        };
        let mut t = orig;
        if on {
            // SAFETY: cfmakeraw only edits the termios value we own.
            unsafe { libc::cfmakeraw(&mut t) };
        } else {
            let c = pycopy_vm::pending::interrupt_char();
            if let Ok(c) = u8::try_from(c) {
                t.c_lflag |= libc::ISIG;
                t.c_cc[libc::VINTR] = c;
            }
        }
        Self::apply(&t);
    }
}

impl Drop for StdConsole {
    fn drop(&mut self) {
        if let Some(t) = self.saved {
            Self::apply(&t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mode_switches_are_harmless_off_a_terminal() {
        let mut c = StdConsole { saved: None };
        c.set_raw(true);
        c.set_raw(false);
        assert!(format!("{c:?}").contains("tty: false"));
    }
}
