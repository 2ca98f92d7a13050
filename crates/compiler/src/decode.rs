//! Instruction decoding: the operands of each opcode by role (registers,
//! register windows, immediates, constant/name/cache indexes, jump
//! targets), shared by the disassembler and the validator.

use alloc::vec::Vec;

use crate::bytecode::*;

/// What the extension word of an instruction holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ext {
    /// No extension word.
    None,
    /// A jump target (absolute word offset, computed).
    Jump(i64),
    /// `name:16 | cache:16`.
    NameCache(usize, usize),
    /// `name:16 | 0`.
    Name(usize),
    /// `varnames index:16 | 0` (CheckBound).
    Local(usize),
    /// `const:16 | flags:16` (MakeFunction, ImportName, names tuples).
    Const(usize, usize),
    /// `before:16 | after:16` (UnpackEx).
    BeforeAfter(usize, usize),
}

/// One decoded instruction.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Instr {
    /// Word offset.
    pub pc: usize,
    /// The opcode.
    pub op: Op,
    /// Raw fields.
    pub a: usize,
    /// Raw B field.
    pub b: usize,
    /// Raw C field.
    pub c: usize,
    /// The extension word, decoded.
    pub ext: Ext,
    /// Register windows read or written: `(first, count)`.
    pub regs: Vec<(usize, usize)>,
    /// The constant the instruction reads: LoadConst's Bx field, the C
    /// field of a `...K` operator, the B field of a `Jump..K` branch.
    pub bx_const: Option<usize>,
    /// Number of words (1 or 2).
    pub len: usize,
}

/// Decodes the instruction at `pc`; `None` for an unknown opcode or a
/// missing extension word.
pub fn decode(code: &[Word], pc: usize) -> Option<Instr> {
    use Op::*;
    let w = *code.get(pc)?;
    let op = Op::from_u8(op_byte(w))?;
    let (a, b, c) = (arg_a(w), arg_b(w), arg_c(w));
    let ext_word = if op.has_ext() {
        Some(*code.get(pc + 1)?)
    } else {
        None
    };
    let len = if ext_word.is_some() { 2 } else { 1 };
    let next = (pc + len) as i64;
    let e = ext_word.unwrap_or(0);
    let ext = match op {
        Jump | JumpIfFalse | JumpIfTrue | JumpEq | JumpNe | JumpLt | JumpLe | JumpGt | JumpGe
        | JumpEqImm | JumpNeImm | JumpLtImm | JumpLeImm | JumpGtImm | JumpGeImm | JumpEqK
        | JumpNeK | JumpLtK | JumpLeK | JumpGtK | JumpGeK | JumpIs | ForIter | ForRangePrep
        | ForRangeNext | JumpIfNotExcMatch | JumpIfNotStopAsync => Ext::Jump(next + ext_offset(e)),
        LoadGlobal | StoreGlobal | GetAttr | SetAttr | LoadMethod => {
            Ext::NameCache(ext_hi(e), ext_lo(e))
        }
        CheckBound => Ext::Local(ext_hi(e)),
        DeleteGlobal | LoadName | StoreName | DeleteName | LoadClassDeref | LoadDeref | DelAttr
        | ImportFrom => Ext::Name(ext_hi(e)),
        CallKw | CallMethodKw | MakeFunction | ImportName => Ext::Const(ext_hi(e), ext_lo(e)),
        UnpackEx => Ext::BeforeAfter(ext_hi(e), ext_lo(e)),
        _ => Ext::None,
    };
    let r = |x: usize| (x, 1usize);
    let regs: Vec<(usize, usize)> = match op {
        Nop | ReturnNone | Jump | DeleteGlobal | DeleteName => Vec::new(),
        LoadConst | LoadInt | LoadNone | LoadTrue | LoadFalse | Clear | CheckBound | LoadGlobal
        | StoreGlobal | LoadName | StoreName | MakeCell | DeleteDeref | DelAttr | Return
        | JumpIfFalse | JumpIfTrue | JumpEqImm | JumpNeImm | JumpLtImm | JumpLeImm | JumpGtImm
        | JumpGeImm | LoadBuildClass | LoadClassCell | SetClassCell | Reraise | LeaveExcept
        | LoadAssertionError | WithExit | JumpIfNotStopAsync | ImportStar | PrintExpr
        | SetupAnnotations | InPlaceImm | JumpEqK | JumpNeK | JumpLtK | JumpLeK | JumpGtK
        | JumpGeK => alloc::vec![r(a)],
        Move | LoadClassDeref | LoadDeref | StoreDeref | GetAttr | SetAttr | DelItem | AddImm
        | SubImm | InPlace | Neg | Pos | Invert | Not | JumpEq | JumpNe | JumpLt | JumpLe
        | JumpGt | JumpGe | JumpIs | GetIter | ForIter | ListAppend | ListExtend | ListToTuple
        | SetAdd | SetUpdate | DictUpdate | DictMerge | JumpIfNotExcMatch | EnterExcept
        | WithExitExc | Yield | YieldFrom | GetYieldFromIter | GetAwaitable | GetAIter
        | GetANext | ImportName | ImportFrom | AddK | SubK | MulK | TrueDivK | FloorDivK | ModK
        | PowK | LShiftK | RShiftK | BitAndK | BitOrK | BitXorK | MatMulK | GetItemImm => {
            alloc::vec![r(a), r(b)]
        }
        GetItem | SetItem | Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow | LShift | RShift
        | BitAnd | BitOr | BitXor | MatMul | Eq | Ne | Lt | Le | Gt | Ge | Is | IsNot | In
        | NotIn | MapAdd => {
            alloc::vec![r(a), r(b), r(c)]
        }
        BuildSlice => alloc::vec![r(a), (b, 3)],
        ForRangePrep => alloc::vec![(a, 4), r(b)],
        ForRangeNext => alloc::vec![(a, 4), r(b)],
        Call => alloc::vec![(a, 1 + b)],
        CallKw => alloc::vec![(a, 1 + b + c)],
        CallEx => alloc::vec![(a, 3)],
        LoadMethod => alloc::vec![(a, 2), r(b)],
        CallMethod => alloc::vec![(a, 2 + b)],
        CallMethodKw => alloc::vec![(a, 2 + b + c)],
        BuildTuple | BuildList | BuildSet | BuildString => alloc::vec![r(a), (b, c)],
        BuildMap => alloc::vec![r(a), (b, 2 * c)],
        FormatValue => alloc::vec![r(a), (b, if c & 4 != 0 { 2 } else { 1 })],
        UnpackSeq => alloc::vec![(a, c), r(b)],
        UnpackEx => match ext {
            Ext::BeforeAfter(x, y) => alloc::vec![(a, x + 1 + y), r(b)],
            _ => Vec::new(),
        },
        MakeFunction => {
            let flags = ext_lo(e);
            alloc::vec![r(a), (b, if flags & 8 != 0 { 4 } else { 3 })]
        }
        Raise => match b {
            0 => Vec::new(),
            1 => alloc::vec![r(a)],
            _ => alloc::vec![(a, 2)],
        },
        WithEnter | AsyncWithEnter => alloc::vec![(a, 2), r(b)],
        AsyncWithExit => {
            if c == 1 {
                alloc::vec![r(a), r(b)]
            } else {
                alloc::vec![r(a)]
            }
        }
    };
    let bx_const = if op == LoadConst {
        Some(arg_bx(w))
    } else if op.k_operator().is_some() {
        Some(c)
    } else if matches!(
        op,
        JumpEqK | JumpNeK | JumpLtK | JumpLeK | JumpGtK | JumpGeK
    ) {
        Some(b)
    } else {
        None
    };
    Some(Instr {
        pc,
        op,
        a,
        b,
        c,
        ext,
        regs,
        bx_const,
        len,
    })
}

/// Decodes all instructions of `code` in order; `Err(pc)` at the first
/// undecodable word.
pub fn decode_all(code: &[Word]) -> Result<Vec<Instr>, usize> {
    let mut out = Vec::new();
    let mut pc = 0;
    while pc < code.len() {
        let i = decode(code, pc).ok_or(pc)?;
        pc += i.len;
        out.push(i);
    }
    Ok(out)
}
