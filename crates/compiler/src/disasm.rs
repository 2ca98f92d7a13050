//! A readable listing of a code object: header, every instruction with its
//! operands decoded (registers `r0..`, constants, names, absolute jump
//! targets, line numbers), the exception table, then nested code objects.

use alloc::format;
use alloc::string::String;
use core::fmt::{self, Write};

use crate::bytecode::*;
use crate::decode::{decode, Ext};

/// Short Python-like text of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => format!("{i}"),
        Constant::BigInt {
            radix,
            digits,
            negative,
        } => {
            let sign = if *negative { "-" } else { "" };
            let prefix = match radix {
                2 => "0b",
                8 => "0o",
                16 => "0x",
                _ => "",
            };
            format!("{sign}{prefix}{digits}")
        }
        Constant::Float(f) => format!("{f:?}"),
        Constant::Imaginary(f) => format!("{f:?}j"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b.iter() {
                if x.is_ascii_graphic() && x != b'\'' && x != b'\\' || x == b' ' {
                    out.push(char::from(x));
                } else {
                    let _ = write!(out, "\\x{x:02x}");
                }
            }
            out.push('\'');
            out
        }
        Constant::Tuple(items) => {
            let mut out = String::from("(");
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&const_repr(it));
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
            out
        }
        Constant::Code(c) => format!("<code {}>", c.qualname),
    }
}

fn flag_names(f: CodeFlags) -> String {
    let mut out = String::new();
    for (bit, name) in [
        (CodeFlags::VARARGS, "VARARGS"),
        (CodeFlags::VARKEYWORDS, "VARKEYWORDS"),
        (CodeFlags::GENERATOR, "GENERATOR"),
        (CodeFlags::COROUTINE, "COROUTINE"),
        (CodeFlags::MODULE, "MODULE"),
        (CodeFlags::CLASS_BODY, "CLASS_BODY"),
        (CodeFlags::ANONYMOUS, "ANONYMOUS"),
        (CodeFlags::INTERACTIVE, "INTERACTIVE"),
    ] {
        if f.has(bit) {
            if !out.is_empty() {
                out.push('|');
            }
            out.push_str(name);
        }
    }
    if out.is_empty() {
        out.push('-');
    }
    out
}

fn regs_text(first: usize, n: usize) -> String {
    match n {
        0 => format!("r{first}[0]"),
        1 => format!("r{first}"),
        _ => format!("r{first}..r{}", first + n - 1),
    }
}

/// The whole listing of `code` and its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let _ = write_code(&mut out, code);
    out
}

fn write_code(out: &mut String, co: &CodeObject) -> fmt::Result {
    writeln!(
        out,
        "code {} ({}) line {} flags {} args {}/{}/{} nregs {} caches {}",
        co.name,
        co.qualname,
        co.first_line,
        flag_names(co.flags),
        co.argcount,
        co.posonlyargcount,
        co.kwonlyargcount,
        co.nregs,
        co.ncaches
    )?;
    if !co.varnames.is_empty() {
        writeln!(out, "  varnames: {}", co.varnames.join(", "))?;
    }
    if !co.cellvars.is_empty() {
        let cells: alloc::vec::Vec<String> = co.cellvars.iter().map(|r| format!("r{r}")).collect();
        writeln!(out, "  cells: {}", cells.join(", "))?;
    }
    if !co.freevars.is_empty() {
        writeln!(
            out,
            "  freevars at r{}: {}",
            co.free_base,
            co.freevars.join(", ")
        )?;
    }
    if let Some(d) = &co.doc {
        writeln!(out, "  doc: {d:?}")?;
    }
    let mut pc = 0usize;
    let mut last_line = 0u32;
    while pc < co.code.len() {
        let Some(ins) = decode(&co.code, pc) else {
            writeln!(
                out,
                "  {pc:04}  <bad word {:#010x}>",
                co.code.get(pc).copied().unwrap_or(0)
            )?;
            pc += 1;
            continue;
        };
        let line = co.line_at(pc as u32);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            String::from("    ")
        };
        let mut ops: alloc::vec::Vec<String> =
            ins.regs.iter().map(|&(f, n)| regs_text(f, n)).collect();
        match ins.op {
            Op::LoadInt => ops.push(format!(
                "{}",
                arg_sbx(co.code.get(pc).copied().unwrap_or(0))
            )),
            Op::AddImm | Op::SubImm | Op::GetItemImm => {
                ops.push(format!("{}", ins.c as u8 as i8));
            }
            Op::JumpEqImm
            | Op::JumpNeImm
            | Op::JumpLtImm
            | Op::JumpLeImm
            | Op::JumpGtImm
            | Op::JumpGeImm => {
                ops.push(format!("{}", ins.b as u8 as i8));
                ops.push(format!("k={}", ins.c));
            }
            Op::JumpEq
            | Op::JumpNe
            | Op::JumpLt
            | Op::JumpLe
            | Op::JumpGt
            | Op::JumpGe
            | Op::JumpIs
            | Op::JumpEqK
            | Op::JumpNeK
            | Op::JumpLtK
            | Op::JumpLeK
            | Op::JumpGtK
            | Op::JumpGeK => ops.push(format!("k={}", ins.c)),
            Op::InPlace => ops.push(format!("op={}", ins.c)),
            Op::InPlaceImm => {
                ops.push(format!("{}", ins.b as u8 as i8));
                ops.push(format!("op={}", ins.c));
            }
            Op::Call | Op::CallMethod => ops.push(format!("nargs={}", ins.b)),
            Op::CallKw | Op::CallMethodKw => ops.push(format!("npos={} nkw={}", ins.b, ins.c)),
            Op::Raise => ops.push(format!("mode={}", ins.b)),
            Op::FormatValue => ops.push(format!("flags={}", ins.c)),
            Op::ImportName => ops.push(format!("level={}", ins.c)),
            Op::AsyncWithExit => ops.push(format!("exc={}", ins.c)),
            _ => {}
        }
        if let Some(k) = ins.bx_const {
            let text = co.constants.get(k).map_or_else(|| "?".into(), const_repr);
            ops.push(format!("K{k}={text}"));
        }
        let name = |i: usize| co.names.get(i).map_or("?", |s| &**s);
        match ins.ext {
            Ext::None => {}
            Ext::Jump(t) => ops.push(format!("-> {t:04}")),
            Ext::NameCache(n, c) => ops.push(format!("{} #{c}", name(n))),
            Ext::Name(n) => ops.push(name(n).into()),
            Ext::Local(n) => ops.push(co.varnames.get(n).map_or("?", |s| &**s).into()),
            Ext::Const(k, flags) => {
                let text = co.constants.get(k).map_or_else(|| "?".into(), const_repr);
                if ins.op == Op::MakeFunction {
                    ops.push(format!("K{k}={text} flags={flags}"));
                } else {
                    ops.push(format!("K{k}={text}"));
                }
            }
            Ext::BeforeAfter(x, y) => ops.push(format!("before={x} after={y}")),
        }
        writeln!(
            out,
            "  {pc:04} {line_col}  {:<18} {}",
            format!("{:?}", ins.op),
            ops.join(", ")
        )?;
        pc += ins.len;
    }
    if !co.exception_table.is_empty() {
        writeln!(out, "  exception table:")?;
        for e in co.exception_table.iter() {
            writeln!(
                out,
                "    {:04}..{:04} -> {:04} r{}",
                e.start, e.end, e.handler, e.reg
            )?;
        }
    }
    for c in co.constants.iter() {
        if let Constant::Code(inner) = c {
            writeln!(out)?;
            write_code(out, inner)?;
        }
    }
    Ok(())
}

impl fmt::Display for CodeObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&disassemble(self))
    }
}
