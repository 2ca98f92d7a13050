//! Structural checks of a code object, run on compiler output in tests (and
//! usable by a VM loading untrusted bytecode): every instruction decodes,
//! every jump lands on an instruction start inside the code, every register
//! operand is below `nregs`, every constant/name/cache index is in range,
//! every exception-table entry covers a sane range and has a valid handler
//! and register, the line table is ordered, cell and free-variable
//! registers are in range. Nested code objects are checked too.

use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::String;

use crate::bytecode::*;
use crate::decode::{decode_all, Ext};

/// Checks `code` and every nested code object; the error names the code
/// object and what is wrong.
pub fn validate(code: &CodeObject) -> Result<(), String> {
    validate_one(code).map_err(|e| format!("{}: {e}", code.qualname))?;
    for c in code.constants.iter() {
        if let Constant::Code(inner) = c {
            validate(inner)?;
        }
    }
    Ok(())
}

fn validate_one(co: &CodeObject) -> Result<(), String> {
    let instrs = decode_all(&co.code).map_err(|pc| format!("undecodable instruction at {pc}"))?;
    let starts: BTreeSet<usize> = instrs.iter().map(|i| i.pc).collect();
    let nregs = usize::from(co.nregs);
    let len = co.code.len();
    for ins in &instrs {
        for &(first, n) in &ins.regs {
            if first + n > nregs {
                return Err(format!(
                    "{:?} at {} uses registers r{}..+{} beyond nregs {}",
                    ins.op, ins.pc, first, n, nregs
                ));
            }
        }
        if let Some(k) = ins.bx_const {
            if k >= co.constants.len() {
                return Err(format!("constant {k} out of range at {}", ins.pc));
            }
        }
        match ins.ext {
            Ext::Jump(t) => {
                let ok = usize::try_from(t).is_ok_and(|t| t < len && starts.contains(&t));
                if !ok {
                    return Err(format!(
                        "{:?} at {} jumps to {t}, not an instruction",
                        ins.op, ins.pc
                    ));
                }
            }
            Ext::NameCache(n, c) => {
                if n >= co.names.len() {
                    return Err(format!("name {n} out of range at {}", ins.pc));
                }
                if c >= usize::from(co.ncaches) {
                    return Err(format!("cache {c} out of range at {}", ins.pc));
                }
            }
            Ext::Name(n) => {
                if n >= co.names.len() {
                    return Err(format!("name {n} out of range at {}", ins.pc));
                }
            }
            Ext::Const(k, _) => {
                let c = co
                    .constants
                    .get(k)
                    .ok_or_else(|| format!("constant {k} out of range at {}", ins.pc))?;
                let ok = match ins.op {
                    Op::MakeFunction => matches!(c, Constant::Code(_)),
                    Op::ImportName => matches!(c, Constant::Str(_)),
                    _ => matches!(c, Constant::Tuple(_)),
                };
                if !ok {
                    return Err(format!(
                        "{:?} at {} has a constant of the wrong kind",
                        ins.op, ins.pc
                    ));
                }
            }
            Ext::Local(n) => {
                if n >= co.varnames.len() {
                    return Err(format!("local {n} out of range at {}", ins.pc));
                }
            }
            Ext::BeforeAfter(..) | Ext::None => {}
        }
    }
    for e in co.exception_table.iter() {
        let (s, en, h) = (e.start as usize, e.end as usize, e.handler as usize);
        if s >= en || en > len {
            return Err(format!(
                "exception entry {s}..{en} is not a range inside the code"
            ));
        }
        if !starts.contains(&s) || (en < len && !starts.contains(&en)) {
            return Err(format!(
                "exception entry {s}..{en} does not cover whole instructions"
            ));
        }
        if !starts.contains(&h) {
            return Err(format!("exception handler {h} is not an instruction"));
        }
        if usize::from(e.reg) >= nregs {
            return Err(format!("exception register r{} beyond nregs", e.reg));
        }
    }
    let mut prev = None;
    for &(off, _) in co.lines.iter() {
        if prev.is_some_and(|p| off < p) || off as usize > len {
            return Err(format!("line table out of order at {off}"));
        }
        prev = Some(off);
    }
    for &r in co.cellvars.iter() {
        if usize::from(r) >= nregs {
            return Err(format!("cell register r{r} beyond nregs"));
        }
    }
    if usize::from(co.free_base) + co.freevars.len() > nregs && !co.freevars.is_empty() {
        return Err(String::from("free variables beyond nregs"));
    }
    if co.varnames.len() < usize::from(co.argcount) + usize::from(co.kwonlyargcount) {
        return Err(String::from("fewer varnames than parameters"));
    }
    if let Some(last) = instrs.last() {
        if !matches!(
            last.op,
            Op::Return | Op::ReturnNone | Op::Jump | Op::Raise | Op::Reraise
        ) {
            return Err(format!("code can run off its end ({:?} last)", last.op));
        }
    }
    Ok(())
}
