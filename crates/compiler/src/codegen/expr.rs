//! Expressions: loads and stores of names, operators (with immediate and
//! folded forms), displays, calls (plain, keyword, star and method calls),
//! f-strings, comparisons (value and fused-branch forms), `and`/`or`,
//! conditional expressions, `await`/`yield`, assignment targets.

use alloc::vec::Vec;

use pycopy_parser::ast::*;

use super::{Access, Compiler, Label, R};
use crate::bytecode::{self as bc, abx, asbx, ext2, BinOp as BcBinOp, Op};
use crate::fold;

/// Items built by one `Build*` instruction before switching to appends.
const CHUNK: usize = 16;

/// Arguments passed in registers before a call switches to `CallEx`.
const MAX_REG_ARGS: usize = 200;

pub(crate) fn binop_op(op: Operator) -> Op {
    match op {
        Operator::Add => Op::Add,
        Operator::Sub => Op::Sub,
        Operator::Mult => Op::Mul,
        Operator::MatMult => Op::MatMul,
        Operator::Div => Op::TrueDiv,
        Operator::Mod => Op::Mod,
        Operator::Pow => Op::Pow,
        Operator::LShift => Op::LShift,
        Operator::RShift => Op::RShift,
        Operator::BitOr => Op::BitOr,
        Operator::BitXor => Op::BitXor,
        Operator::BitAnd => Op::BitAnd,
        Operator::FloorDiv => Op::FloorDiv,
    }
}

pub(crate) fn binop_num(op: Operator) -> BcBinOp {
    match op {
        Operator::Add => BcBinOp::Add,
        Operator::Sub => BcBinOp::Sub,
        Operator::Mult => BcBinOp::Mul,
        Operator::MatMult => BcBinOp::MatMul,
        Operator::Div => BcBinOp::TrueDiv,
        Operator::Mod => BcBinOp::Mod,
        Operator::Pow => BcBinOp::Pow,
        Operator::LShift => BcBinOp::LShift,
        Operator::RShift => BcBinOp::RShift,
        Operator::BitOr => BcBinOp::BitOr,
        Operator::BitXor => BcBinOp::BitXor,
        Operator::BitAnd => BcBinOp::BitAnd,
        Operator::FloorDiv => BcBinOp::FloorDiv,
    }
}

fn cmp_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::Eq,
        CmpOp::NotEq => Op::Ne,
        CmpOp::Lt => Op::Lt,
        CmpOp::LtE => Op::Le,
        CmpOp::Gt => Op::Gt,
        CmpOp::GtE => Op::Ge,
        CmpOp::Is => Op::Is,
        CmpOp::IsNot => Op::IsNot,
        CmpOp::In => Op::In,
        CmpOp::NotIn => Op::NotIn,
    }
}

/// Fused register-register, register-immediate and register-constant
/// branch opcodes.
fn fused(op: CmpOp) -> Option<(Op, Op, Op)> {
    Some(match op {
        CmpOp::Eq => (Op::JumpEq, Op::JumpEqImm, Op::JumpEqK),
        CmpOp::NotEq => (Op::JumpNe, Op::JumpNeImm, Op::JumpNeK),
        CmpOp::Lt => (Op::JumpLt, Op::JumpLtImm, Op::JumpLtK),
        CmpOp::LtE => (Op::JumpLe, Op::JumpLeImm, Op::JumpLeK),
        CmpOp::Gt => (Op::JumpGt, Op::JumpGtImm, Op::JumpGtK),
        CmpOp::GtE => (Op::JumpGe, Op::JumpGeImm, Op::JumpGeK),
        _ => return None,
    })
}

/// A small int constant usable as a signed 8-bit immediate.
pub(crate) fn small_imm(e: &Expr) -> Option<i8> {
    match &e.kind {
        ExprKind::Constant(Constant::Int(Int::Small(i))) => i8::try_from(*i).ok(),
        ExprKind::UnaryOp {
            op: UnaryOp::USub, ..
        } => match fold::fold(e)? {
            bc::Constant::Int(i) => i8::try_from(i).ok(),
            _ => None,
        },
        _ => None,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

impl<'a> Compiler<'a> {
    /// True if compiling `e` into a register writes it exactly once, at
    /// the end (so a named local can be the destination directly).
    pub(crate) fn single_write(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Call(_)
            | ExprKind::Name(_)
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Constant(_)
            | ExprKind::Yield(_)
            | ExprKind::Lambda(_)
            | ExprKind::ListComp(_)
            | ExprKind::SetComp(_)
            | ExprKind::DictComp(_)
            | ExprKind::GeneratorExp(_) => true,
            ExprKind::Compare { comparisons, .. } => comparisons.len() == 1,
            // Long f-strings are built in chunks that reuse the destination.
            ExprKind::JoinedStr(parts) => parts.len() <= 32,
            // Only the taken branch writes, once, at its end.
            ExprKind::IfExp { body, orelse, .. } => {
                self.single_write(body) && self.single_write(orelse)
            }
            _ => fold::fold(e).is_some(),
        }
    }

    /// Compiles `e` and returns a register holding its value: a local's
    /// own register when it is a bound plain local, else a new temporary.
    pub(crate) fn expr_any(&mut self, e: &'a Expr) -> R<u8> {
        if let ExprKind::Name(id) = &e.kind {
            let name = self.mangle_id(*id);
            if let Access::Reg(r) = self.access(&name, false) {
                self.check_bound(r, &name)?;
                return Ok(r);
            }
        }
        self.expr_tmp(e)
    }

    /// Compiles `e` into a new temporary.
    pub(crate) fn expr_tmp(&mut self, e: &'a Expr) -> R<u8> {
        let r = self.alloc1()?;
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// Like [`Self::expr_any`] but a temporary when `later` may rebind
    /// locals (a walrus), so the value read now is kept.
    pub(crate) fn operand(&mut self, e: &'a Expr, later: &[&'a Expr]) -> R<u8> {
        if later.iter().any(|x| crate::walk::has_walrus(x)) {
            self.expr_tmp(e)
        } else {
            self.expr_any(e)
        }
    }

    /// Loads a constant into `dst` with the shortest instruction.
    pub(crate) fn load_const(&mut self, c: bc::Constant, dst: u8) -> R<()> {
        match c {
            bc::Constant::None => self.emit_abc(Op::LoadNone, dst, 0, 0),
            bc::Constant::Bool(true) => self.emit_abc(Op::LoadTrue, dst, 0, 0),
            bc::Constant::Bool(false) => self.emit_abc(Op::LoadFalse, dst, 0, 0),
            bc::Constant::Int(i) if i16::try_from(i).is_ok() => {
                self.emit(asbx(Op::LoadInt, dst, i16::try_from(i).unwrap_or(0)));
            }
            other => {
                let k = self.const_idx(other)?;
                self.emit(abx(Op::LoadConst, dst, k));
            }
        }
        Ok(())
    }

    /// Compiles `e` so that its value ends in `dst`.
    pub(crate) fn expr_to(&mut self, e: &'a Expr, dst: u8) -> R<()> {
        self.enter(e.span)?;
        let mark = self.mark();
        let r = self.expr_inner(e, dst);
        self.release(mark);
        self.leave();
        r
    }

    fn expr_inner(&mut self, e: &'a Expr, dst: u8) -> R<()> {
        if !matches!(e.kind, ExprKind::Name(_)) {
            if let Some(c) = fold::fold(e) {
                return self.load_const(c, dst);
            }
        }
        match &e.kind {
            ExprKind::Constant(c) => self.load_const(fold::literal(c), dst),
            ExprKind::Name(id) => {
                let name = self.mangle_id(*id);
                self.load_name_to(&name, dst)
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jop = if *op == BoolOp::And {
                    Op::JumpIfFalse
                } else {
                    Op::JumpIfTrue
                };
                let mut after_first = None;
                for (i, v) in values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    if i == 0 {
                        after_first = Some(self.unit.da.clone());
                    }
                    if i + 1 < values.len() {
                        self.emit_jump(jop, dst, 0, 0, end);
                    }
                }
                self.bind(end);
                if let Some(st) = after_first {
                    self.unit.da = super::join(st, self.unit.da.clone());
                }
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr_to(value, dst)?;
                self.store_target(target, dst)
            }
            ExprKind::BinOp { left, op, right } => {
                if let (Some(imm), Operator::Add | Operator::Sub) = (small_imm(right), op) {
                    if fold::fold(left).is_none() {
                        let l = self.expr_any(left)?;
                        let o = if *op == Operator::Add {
                            Op::AddImm
                        } else {
                            Op::SubImm
                        };
                        self.emit_abc(o, dst, l, imm as u8);
                        return Ok(());
                    }
                }
                // A constant right operand is read from the constants by
                // the `...K` form (when its index fits the C field).
                if fold::fold(left).is_none() {
                    if let Some(c) = fold::fold(right) {
                        if let Some(k) = self.const_idx8(c) {
                            let l = self.expr_any(left)?;
                            self.emit_abc(Op::with_k(binop_num(*op)), dst, l, k);
                            return Ok(());
                        }
                    }
                }
                let l = self.operand(left, &[right])?;
                let r = self.expr_any(right)?;
                self.emit_abc(binop_op(*op), dst, l, r);
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.expr_any(operand)?;
                let o = match op {
                    UnaryOp::Invert => Op::Invert,
                    UnaryOp::Not => Op::Not,
                    UnaryOp::UAdd => Op::Pos,
                    UnaryOp::USub => Op::Neg,
                };
                self.emit_abc(o, dst, v, 0);
                Ok(())
            }
            ExprKind::Lambda(l) => self.lambda(e, l, dst),
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                let st = self.unit.da.clone();
                self.expr_to(body, dst)?;
                self.jump(end);
                let st_body = core::mem::replace(&mut self.unit.da, st);
                self.bind(else_l);
                self.expr_to(orelse, dst)?;
                self.bind(end);
                self.unit.da = super::join(st_body, self.unit.da.clone());
                Ok(())
            }
            ExprKind::Dict(items) => self.dict_display(items, dst),
            ExprKind::Set(items) => self.set_display(items, dst),
            ExprKind::List(items) => self.list_display(items, dst),
            ExprKind::Tuple(items) => self.tuple_display(items, dst),
            ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::GeneratorExp(c) => {
                self.comprehension(e, &c.generators, dst)
            }
            ExprKind::DictComp(c) => self.comprehension(e, &c.generators, dst),
            ExprKind::Await(v) => {
                let r = self.expr_any(v)?;
                self.await_reg(r, dst)
            }
            ExprKind::Yield(v) => {
                let r = match v {
                    Some(v) => self.expr_any(v)?,
                    None => {
                        let r = self.alloc1()?;
                        self.emit_abc(Op::LoadNone, r, 0, 0);
                        r
                    }
                };
                self.emit_abc(Op::Yield, r, dst, 0);
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                let it = self.expr_tmp(v)?;
                self.emit_abc(Op::GetYieldFromIter, it, it, 0);
                let sent = self.alloc1()?;
                self.emit_abc(Op::LoadNone, sent, 0, 0);
                self.emit_abc(Op::YieldFrom, it, sent, 0);
                self.mov(dst, sent);
                Ok(())
            }
            ExprKind::Compare { left, comparisons } => self.compare_value(left, comparisons, dst),
            ExprKind::Call(c) => self.call(e, c, dst),
            ExprKind::JoinedStr(parts) => self.fstring(parts, dst),
            ExprKind::Attribute { value, attr } => {
                let o = self.expr_any(value)?;
                let name = self.mangle_id(*attr);
                let ext = self.name_cache(&name)?;
                self.emit_ext(Op::GetAttr, dst, o, 0, ext);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                if let Some(imm) = small_imm(slice) {
                    let o = self.expr_any(value)?;
                    self.emit_abc(Op::GetItemImm, dst, o, imm as u8);
                    return Ok(());
                }
                let o = self.operand(value, &[slice])?;
                let i = self.index_any(slice)?;
                self.emit_abc(Op::GetItem, dst, o, i);
                Ok(())
            }
            ExprKind::Starred(_) => Err(self.error("can't use starred expression here", e.span)),
            ExprKind::Slice { lower, upper, step } => {
                let b = self.alloc(3)?;
                for (i, part) in [lower, upper, step].into_iter().enumerate() {
                    let r = b + i as u8;
                    match part {
                        Some(p) => self.expr_to(p, r)?,
                        None => self.emit_abc(Op::LoadNone, r, 0, 0),
                    }
                }
                self.emit_abc(Op::BuildSlice, dst, b, 0);
                Ok(())
            }
        }
    }

    /// A subscript's index: `a[*b]` indexes with the tuple `(*b,)`.
    pub(crate) fn index_any(&mut self, slice: &'a Expr) -> R<u8> {
        if matches!(slice.kind, ExprKind::Starred(_)) {
            let t = self.alloc1()?;
            self.tuple_display(core::slice::from_ref(slice), t)?;
            return Ok(t);
        }
        self.expr_any(slice)
    }

    /// `dst = await <value in src>`.
    pub(crate) fn await_reg(&mut self, src: u8, dst: u8) -> R<()> {
        let mark = self.mark();
        let it = self.alloc1()?;
        self.emit_abc(Op::GetAwaitable, it, src, 0);
        let v = self.alloc1()?;
        self.emit_abc(Op::LoadNone, v, 0, 0);
        self.emit_abc(Op::YieldFrom, it, v, 0);
        self.mov(dst, v);
        self.release(mark);
        Ok(())
    }

    // ---- names ----

    /// Loads the variable `name` (mangled) into `dst`.
    pub(crate) fn load_name_to(&mut self, name: &str, dst: u8) -> R<()> {
        if name == "__debug__" {
            // A constant of the optimisation level, as in CPython.
            let op = if crate::opt_level() == 0 {
                Op::LoadTrue
            } else {
                Op::LoadFalse
            };
            self.emit_abc(op, dst, 0, 0);
            return Ok(());
        }
        match self.access(name, false) {
            Access::Reg(r) => {
                self.check_bound(r, name)?;
                self.mov(dst, r);
            }
            Access::Deref(r) => {
                let n = self.name_idx(name)?;
                self.emit_ext(Op::LoadDeref, dst, r, 0, ext2(n, 0));
            }
            Access::ClassDeref(r) => {
                let ext = self.name_only(name)?;
                self.emit_ext(Op::LoadClassDeref, dst, r, 0, ext);
            }
            Access::Global => {
                let ext = self.name_cache(name)?;
                self.emit_ext(Op::LoadGlobal, dst, 0, 0, ext);
            }
            Access::Name => {
                let ext = self.name_only(name)?;
                self.emit_ext(Op::LoadName, dst, 0, 0, ext);
            }
        }
        Ok(())
    }

    /// Stores `src` into the variable `name` (mangled).
    pub(crate) fn store_name(&mut self, name: &str, src: u8) -> R<()> {
        match self.access(name, true) {
            Access::Reg(r) => {
                self.mov(r, src);
                self.set_bound(r, true);
            }
            Access::Deref(r) => self.emit_abc(Op::StoreDeref, r, src, 0),
            Access::Global => {
                let ext = self.name_cache(name)?;
                self.emit_ext(Op::StoreGlobal, src, 0, 0, ext);
            }
            Access::Name | Access::ClassDeref(_) => {
                let ext = self.name_only(name)?;
                self.emit_ext(Op::StoreName, src, 0, 0, ext);
            }
        }
        Ok(())
    }

    /// `del name`.
    pub(crate) fn delete_name(&mut self, name: &str) -> R<()> {
        match self.access(name, true) {
            Access::Reg(r) => {
                self.check_bound(r, name)?;
                self.emit_abc(Op::Clear, r, 0, 0);
                self.set_bound(r, false);
            }
            Access::Deref(r) => self.emit_abc(Op::DeleteDeref, r, 0, 0),
            Access::Global => {
                let ext = self.name_only(name)?;
                self.emit_ext(Op::DeleteGlobal, 0, 0, 0, ext);
            }
            Access::Name | Access::ClassDeref(_) => {
                let ext = self.name_only(name)?;
                self.emit_ext(Op::DeleteName, 0, 0, 0, ext);
            }
        }
        Ok(())
    }

    /// `name = None; del name` (end of an `except ... as name` handler):
    /// never raises.
    pub(crate) fn unbind_silently(&mut self, name: &str) -> R<()> {
        if let Access::Reg(r) = self.access(name, true) {
            self.emit_abc(Op::Clear, r, 0, 0);
            self.set_bound(r, false);
            return Ok(());
        }
        let mark = self.mark();
        let t = self.alloc1()?;
        self.emit_abc(Op::LoadNone, t, 0, 0);
        self.store_name(name, t)?;
        self.delete_name(name)?;
        self.release(mark);
        Ok(())
    }

    /// The register a loop can write its next item to directly: the
    /// target's own register for a plain local, else a temporary.
    pub(crate) fn loop_target_reg(&mut self, t: &'a Expr) -> R<u8> {
        if let ExprKind::Name(id) = &t.kind {
            let name = self.mangle_id(*id);
            if let Access::Reg(r) = self.access(&name, true) {
                return Ok(r);
            }
        }
        self.alloc1()
    }

    /// Assigns the value in `src` to the target `t`.
    pub(crate) fn store_target(&mut self, t: &'a Expr, src: u8) -> R<()> {
        let mark = self.mark();
        let r = self.store_target_inner(t, src);
        self.release(mark);
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr, src: u8) -> R<()> {
        match &t.kind {
            ExprKind::Name(id) => {
                let name = self.mangle_id(*id);
                self.store_name(&name, src)
            }
            ExprKind::Attribute { value, attr } => {
                let o = self.expr_any(value)?;
                let name = self.mangle_id(*attr);
                let ext = self.name_cache(&name)?;
                self.emit_ext(Op::SetAttr, o, src, 0, ext);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                let o = self.operand(value, &[slice])?;
                let i = self.index_any(slice)?;
                self.emit_abc(Op::SetItem, o, i, src);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => self.unpack(t, items, src),
            _ => Err(self.error("cannot assign to expression", t.span)),
        }
    }

    fn unpack(&mut self, t: &'a Expr, items: &'a [Expr], src: u8) -> R<()> {
        let star = items.iter().position(is_starred);
        let n = items.len();
        let base = self.alloc(n.max(1))?;
        match star {
            None => {
                let c = u8::try_from(n).map_err(|_| self.too_complex())?;
                self.emit_abc(Op::UnpackSeq, base, src, c);
            }
            Some(i) => {
                if items.iter().filter(|x| is_starred(x)).count() > 1 {
                    return Err(self.error("multiple starred expressions in assignment", t.span));
                }
                let before = u16::try_from(i).map_err(|_| self.too_complex())?;
                let after = u16::try_from(n - i - 1).map_err(|_| self.too_complex())?;
                self.emit_ext(Op::UnpackEx, base, src, 0, ext2(before, after));
            }
        }
        for (i, item) in items.iter().enumerate() {
            let inner = match &item.kind {
                ExprKind::Starred(x) => &**x,
                _ => item,
            };
            let r = u8::try_from(usize::from(base) + i).map_err(|_| self.too_complex())?;
            self.store_target(inner, r)?;
        }
        Ok(())
    }

    // ---- displays ----

    /// `op dst, base, n` over `items` evaluated into consecutive registers.
    pub(crate) fn build_seq(&mut self, op: Op, items: &[&'a Expr], dst: u8) -> R<()> {
        let mark = self.mark();
        let n = items.len();
        let c = u8::try_from(n).map_err(|_| self.too_complex())?;
        let base = self.alloc(n)?;
        for (i, item) in items.iter().enumerate() {
            self.expr_to(item, base + i as u8)?;
        }
        self.emit_abc(op, dst, base, c);
        self.release(mark);
        Ok(())
    }

    /// Constant tuple of `items` when all fold and there are at least 3.
    fn const_items(&self, items: &[Expr]) -> Option<bc::Constant> {
        if items.len() < 3 {
            return None;
        }
        let v: Option<Vec<bc::Constant>> = items.iter().map(fold::fold).collect();
        v.map(fold::tuple)
    }

    fn list_display(&mut self, items: &'a [Expr], dst: u8) -> R<()> {
        self.seq_display(items, dst, Op::BuildList, Op::ListAppend, Op::ListExtend)
    }

    fn set_display(&mut self, items: &'a [Expr], dst: u8) -> R<()> {
        self.seq_display(items, dst, Op::BuildSet, Op::SetAdd, Op::SetUpdate)
    }

    fn seq_display(&mut self, items: &'a [Expr], dst: u8, build: Op, add: Op, extend: Op) -> R<()> {
        let has_star = items.iter().any(is_starred);
        if !has_star {
            if let Some(c) = self.const_items(items) {
                self.emit_abc(build, dst, 0, 0);
                let t = self.alloc1()?;
                self.load_const(c, t)?;
                self.emit_abc(extend, dst, t, 0);
                return Ok(());
            }
        }
        let prefix = items
            .iter()
            .take(CHUNK)
            .take_while(|x| !is_starred(x))
            .count();
        let head: Vec<&'a Expr> = items.iter().take(prefix).collect();
        self.build_seq(build, &head, dst)?;
        for item in items.iter().skip(prefix) {
            let mark = self.mark();
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let t = self.expr_any(inner)?;
                    self.emit_abc(extend, dst, t, 0);
                }
                _ => {
                    let t = self.expr_any(item)?;
                    self.emit_abc(add, dst, t, 0);
                }
            }
            self.release(mark);
        }
        Ok(())
    }

    fn tuple_display(&mut self, items: &'a [Expr], dst: u8) -> R<()> {
        if !items.iter().any(is_starred) && items.len() <= CHUNK * 4 {
            let v: Vec<&'a Expr> = items.iter().collect();
            return self.build_seq(Op::BuildTuple, &v, dst);
        }
        let t = self.alloc1()?;
        self.list_display(items, t)?;
        self.emit_abc(Op::ListToTuple, dst, t, 0);
        Ok(())
    }

    fn dict_display(&mut self, items: &'a [DictItem], dst: u8) -> R<()> {
        let prefix = items
            .iter()
            .take(CHUNK)
            .take_while(|x| x.key.is_some())
            .count();
        {
            let mark = self.mark();
            let base = self.alloc(prefix * 2)?;
            for (i, it) in items.iter().take(prefix).enumerate() {
                let k = base + (2 * i) as u8;
                if let Some(key) = &it.key {
                    self.expr_to(key, k)?;
                }
                self.expr_to(&it.value, k + 1)?;
            }
            self.emit_abc(Op::BuildMap, dst, base, prefix as u8);
            self.release(mark);
        }
        for it in items.iter().skip(prefix) {
            let mark = self.mark();
            match &it.key {
                Some(key) => {
                    let k = self.expr_tmp(key)?;
                    let v = self.expr_any(&it.value)?;
                    self.emit_abc(Op::MapAdd, dst, k, v);
                }
                None => {
                    let m = self.expr_any(&it.value)?;
                    self.emit_abc(Op::DictUpdate, dst, m, 0);
                }
            }
            self.release(mark);
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringElement], dst: u8) -> R<()> {
        match parts {
            [] => return self.load_const(fold::str_const(""), dst),
            [FStringElement::Literal(s)] => {
                return self.load_const(bc::Constant::Str(s.clone()), dst)
            }
            [FStringElement::Formatted(fv)] if fv.spec.is_none() => {
                let v = self.expr_any(&fv.value)?;
                let flags = match fv.conversion {
                    None => 0,
                    Some(Conversion::Str) => 1,
                    Some(Conversion::Repr) => 2,
                    Some(Conversion::Ascii) => 3,
                };
                self.emit_abc(Op::FormatValue, dst, v, flags);
                return Ok(());
            }
            _ => {}
        }
        let mut acc: Option<u8> = None;
        for chunk in parts.chunks(32) {
            let mark = self.mark();
            let extra = usize::from(acc.is_some());
            let base = self.alloc(chunk.len() + extra + 1)?;
            if let Some(a) = acc {
                self.mov(base, a);
            }
            for (i, p) in chunk.iter().enumerate() {
                let r = base + (i + extra) as u8;
                match p {
                    FStringElement::Literal(s) => {
                        self.load_const(bc::Constant::Str(s.clone()), r)?
                    }
                    FStringElement::Formatted(fv) => {
                        self.expr_to(&fv.value, r)?;
                        let mut flags = match fv.conversion {
                            None => 0,
                            Some(Conversion::Str) => 1,
                            Some(Conversion::Repr) => 2,
                            Some(Conversion::Ascii) => 3,
                        };
                        if let Some(spec) = &fv.spec {
                            self.fstring(spec, r + 1)?;
                            flags |= 4;
                        }
                        self.emit_abc(Op::FormatValue, r, r, flags);
                    }
                }
            }
            let n = u8::try_from(chunk.len() + extra).map_err(|_| self.too_complex())?;
            self.emit_abc(Op::BuildString, dst, base, n);
            self.release(mark);
            acc = Some(dst);
        }
        Ok(())
    }

    // ---- comparisons ----

    /// The right operand of a comparison: a constant tuple for `x in [1,
    /// 2, 3]` (as CPython does; membership in a list and in a tuple are
    /// the same test), else the expression.
    fn cmp_operand(&mut self, op: CmpOp, e: &'a Expr, later: &[&'a Expr]) -> R<u8> {
        if let (CmpOp::In | CmpOp::NotIn, ExprKind::List(items)) = (op, &e.kind) {
            let v: Option<Vec<bc::Constant>> = items.iter().map(fold::fold).collect();
            if let Some(v) = v {
                let t = self.alloc1()?;
                self.load_const(fold::tuple(v), t)?;
                return Ok(t);
            }
        }
        self.operand(e, later)
    }

    fn compare_value(&mut self, left: &'a Expr, comparisons: &'a [Comparison], dst: u8) -> R<()> {
        let rights: Vec<&'a Expr> = comparisons.iter().map(|c| &c.right).collect();
        let mut l = self.operand(left, &rights)?;
        let end = self.new_label();
        let n = comparisons.len();
        for (i, c) in comparisons.iter().enumerate() {
            let later: Vec<&'a Expr> = rights.iter().skip(i + 1).copied().collect();
            let r = self.cmp_operand(c.op, &c.right, &later)?;
            self.emit_abc(cmp_op(c.op), dst, l, r);
            if i + 1 < n {
                self.emit_jump(Op::JumpIfFalse, dst, 0, 0, end);
            }
            l = r;
        }
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` when the truth of `e` equals `cond`, using fused
    /// compare-and-branch instructions where possible.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> R<()> {
        self.enter(e.span)?;
        let mark = self.mark();
        let r = self.jump_if_inner(e, cond, target);
        self.release(mark);
        self.leave();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> R<()> {
        if let Some(c) = fold::fold(e) {
            if fold::truthy(&c) == Some(cond) {
                self.jump(target);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                let mut after_first = None;
                if is_and != cond {
                    for (i, v) in values.iter().enumerate() {
                        self.jump_if(v, cond, target)?;
                        if i == 0 {
                            after_first = Some(self.unit.da.clone());
                        }
                    }
                } else {
                    let skip = self.new_label();
                    let n = values.len();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                        if i == 0 {
                            after_first = Some(self.unit.da.clone());
                        }
                    }
                    self.bind(skip);
                }
                if let Some(st) = after_first {
                    self.unit.da = super::join(st, self.unit.da.clone());
                }
                Ok(())
            }
            ExprKind::Compare { left, comparisons } => {
                self.compare_jump(left, comparisons, cond, target)
            }
            _ => {
                let r = self.expr_any(e)?;
                let op = if cond {
                    Op::JumpIfTrue
                } else {
                    Op::JumpIfFalse
                };
                self.emit_jump(op, r, 0, 0, target);
                Ok(())
            }
        }
    }

    fn compare_jump(
        &mut self,
        left: &'a Expr,
        comparisons: &'a [Comparison],
        cond: bool,
        target: Label,
    ) -> R<()> {
        let rights: Vec<&'a Expr> = comparisons.iter().map(|c| &c.right).collect();
        let mut l = self.operand(left, &rights)?;
        let n = comparisons.len();
        let skip = self.new_label();
        for (i, c) in comparisons.iter().enumerate() {
            let last = i + 1 == n;
            // Every link but the last must hold for the chain to be true.
            let (k, to) = if last {
                (cond, target)
            } else if cond {
                (false, skip)
            } else {
                (false, target)
            };
            if last {
                if let Some((_, imm_op, k_op)) = fused(c.op) {
                    if let Some(imm) = small_imm(&c.right) {
                        self.emit_jump(imm_op, l, imm as u8, u8::from(k), to);
                        break;
                    }
                    if let Some(ki) = fold::fold(&c.right).and_then(|v| self.const_idx8(v)) {
                        self.emit_jump(k_op, l, ki, u8::from(k), to);
                        break;
                    }
                }
            }
            let later: Vec<&'a Expr> = rights.iter().skip(i + 1).copied().collect();
            let r = self.cmp_operand(c.op, &c.right, &later)?;
            self.branch_cmp(c.op, l, r, k, to)?;
            l = r;
        }
        self.bind(skip);
        Ok(())
    }

    /// Jumps to `to` when `(l op r) == k`.
    fn branch_cmp(&mut self, op: CmpOp, l: u8, r: u8, k: bool, to: Label) -> R<()> {
        if let Some((rr, _, _)) = fused(op) {
            self.emit_jump(rr, l, r, u8::from(k), to);
            return Ok(());
        }
        match op {
            CmpOp::Is => self.emit_jump(Op::JumpIs, l, r, u8::from(k), to),
            CmpOp::IsNot => self.emit_jump(Op::JumpIs, l, r, u8::from(!k), to),
            _ => {
                let t = self.alloc1()?;
                self.emit_abc(cmp_op(op), t, l, r);
                let j = if k { Op::JumpIfTrue } else { Op::JumpIfFalse };
                self.emit_jump(j, t, 0, 0, to);
            }
        }
        Ok(())
    }

    // ---- calls ----

    /// The register to build a call in: `dst` itself when it is the
    /// topmost temporary, else a new one.
    fn call_base(&mut self, dst: u8) -> R<u8> {
        let d = usize::from(dst);
        if d + 1 == self.mark() && d >= self.unit.temp_base {
            Ok(dst)
        } else {
            self.alloc1()
        }
    }

    fn call(&mut self, e: &'a Expr, c: &'a Call, dst: u8) -> R<()> {
        self.set_line(e.span.start);
        let stars = c.args.iter().any(is_starred) || c.keywords.iter().any(|k| k.arg.is_none());
        let nargs = c.args.len() + c.keywords.len();
        if let ExprKind::Attribute { value, attr } = &c.func.kind {
            if !stars && nargs <= MAX_REG_ARGS {
                let a = self.call_base(dst)?;
                self.alloc1()?;
                let o = self.expr_any(value)?;
                let name = self.mangle_id(*attr);
                let ext = self.method_cache(&name)?;
                self.emit_ext(Op::LoadMethod, a, o, 0, ext);
                self.release(usize::from(a) + 2);
                let (npos, nkw) = self.place_args(&c.args, &c.keywords)?;
                if nkw == 0 {
                    self.emit_abc(Op::CallMethod, a, npos, 0);
                } else {
                    let k = self.kw_names(&c.keywords)?;
                    self.emit_ext(Op::CallMethodKw, a, npos, nkw, ext2(k, 0));
                }
                self.mov(dst, a);
                return Ok(());
            }
        }
        if self.zero_arg_super(c, dst)? {
            return Ok(());
        }
        let a = self.call_base(dst)?;
        self.expr_to(&c.func, a)?;
        self.call_with(a, 0, &c.args, &c.keywords)?;
        self.mov(dst, a);
        Ok(())
    }

    /// `super()` in a method: compiled as `super(__class__, <first arg>)`
    /// (MicroPython does the same), so the VM's `super` needs no frame
    /// introspection.
    fn zero_arg_super(&mut self, c: &'a Call, dst: u8) -> R<bool> {
        let ExprKind::Name(id) = &c.func.kind else {
            return Ok(false);
        };
        if !c.args.is_empty() || !c.keywords.is_empty() || id.as_str(self.src) != "super" {
            return Ok(false);
        }
        if self.unit.kind != crate::symtable::ScopeKind::Function || self.unit.argcount == 0 {
            return Ok(false);
        }
        if self.access("super", false) != Access::Global {
            return Ok(false);
        }
        let Access::Deref(cell) = self.access("__class__", false) else {
            return Ok(false);
        };
        let a = self.alloc(3)?;
        self.load_name_to("super", a)?;
        let n = self.name_idx("__class__")?;
        self.emit_ext(Op::LoadDeref, a + 1, cell, 0, ext2(n, 0));
        let first = self
            .table
            .scopes
            .get(self.unit.scope)
            .and_then(|s| s.params.first().cloned())
            .unwrap_or_default();
        self.load_name_to(&first, a + 2)?;
        self.emit_abc(Op::Call, a, 2, 0);
        self.mov(dst, a);
        Ok(true)
    }

    /// Evaluates positional then keyword argument values into consecutive
    /// new registers; returns their counts.
    fn place_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword]) -> R<(u8, u8)> {
        for a in args {
            let r = self.alloc1()?;
            self.expr_to(a, r)?;
        }
        for k in keywords {
            let r = self.alloc1()?;
            self.expr_to(&k.value, r)?;
        }
        let npos = u8::try_from(args.len()).map_err(|_| self.too_complex())?;
        let nkw = u8::try_from(keywords.len()).map_err(|_| self.too_complex())?;
        Ok((npos, nkw))
    }

    fn kw_names(&mut self, keywords: &[Keyword]) -> R<u16> {
        let names: Vec<bc::Constant> = keywords
            .iter()
            .map(|k| bc::Constant::Str(k.arg.map_or("", |a| a.as_str(self.src)).into()))
            .collect();
        self.const_idx(fold::tuple(names))
    }

    /// Calls `R[a]` with `pre` arguments already in `R[a+1..=a+pre]` plus
    /// `args` and `keywords`; the result is left in `R[a]`. The registers
    /// up to `a + pre` must be the top of the temporaries.
    pub(crate) fn call_with(
        &mut self,
        a: u8,
        pre: usize,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R<()> {
        let mark = self.mark();
        if mark != usize::from(a) + 1 + pre {
            return Err(self.error("internal compiler error: call layout", self.cur_span));
        }
        let stars = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if stars || pre + args.len() + keywords.len() > MAX_REG_ARGS {
            return self.call_ex(a, pre, args, keywords);
        }
        let (npos, nkw) = self.place_args(args, keywords)?;
        let npos = npos
            .checked_add(u8::try_from(pre).map_err(|_| self.too_complex())?)
            .ok_or_else(|| self.too_complex())?;
        if nkw == 0 {
            self.emit_abc(Op::Call, a, npos, 0);
        } else {
            let k = self.kw_names(keywords)?;
            self.emit_ext(Op::CallKw, a, npos, nkw, ext2(k, 0));
        }
        self.release(mark);
        Ok(())
    }

    fn call_ex(&mut self, a: u8, pre: usize, args: &'a [Expr], keywords: &'a [Keyword]) -> R<()> {
        let mark = self.mark();
        let list = self.alloc1()?;
        let pre8 = u8::try_from(pre).map_err(|_| self.too_complex())?;
        self.emit_abc(Op::BuildList, list, a + 1, pre8);
        // `c` of `DictMerge` names the callee (register + 1, 0 when it does
        // not fit) for the wording of unpacking errors; so does `c` of
        // `ListExtend` when `*x` is the only positional argument (CPython
        // words the other cases as it words displays).
        let callee = a.checked_add(1).unwrap_or(0);
        let star_callee = match args {
            [x] if pre == 0 && is_starred(x) => callee,
            _ => 0,
        };
        for arg in args {
            let m = self.mark();
            match &arg.kind {
                ExprKind::Starred(inner) => {
                    let t = self.expr_any(inner)?;
                    self.emit_abc(Op::ListExtend, list, t, star_callee);
                }
                _ => {
                    let t = self.expr_any(arg)?;
                    self.emit_abc(Op::ListAppend, list, t, 0);
                }
            }
            self.release(m);
        }
        let dict = self.alloc1()?;
        if keywords.is_empty() {
            self.emit_abc(Op::LoadNone, dict, 0, 0);
        } else {
            self.emit_abc(Op::BuildMap, dict, 0, 0);
            let mut merged = false;
            for k in keywords {
                let m = self.mark();
                match k.arg {
                    // After a `**` the name may already be there: merge a
                    // one-pair dict so the repeat is caught.
                    Some(name) if merged => {
                        // (BuildMap writes its target before reading the pair.)
                        let pair = self.alloc(3)?;
                        self.load_const(bc::Constant::Str(name.as_str(self.src).into()), pair)?;
                        self.expr_to(&k.value, pair + 1)?;
                        self.emit_abc(Op::BuildMap, pair + 2, pair, 1);
                        self.emit_abc(Op::DictMerge, dict, pair + 2, callee);
                    }
                    Some(name) => {
                        let key = self.alloc1()?;
                        self.load_const(bc::Constant::Str(name.as_str(self.src).into()), key)?;
                        let v = self.expr_any(&k.value)?;
                        self.emit_abc(Op::MapAdd, dict, key, v);
                    }
                    None => {
                        let v = self.expr_any(&k.value)?;
                        self.emit_abc(Op::DictMerge, dict, v, callee);
                        merged = true;
                    }
                }
                self.release(m);
            }
        }
        self.mov(a + 1, list);
        self.mov(a + 2, dict);
        self.emit_abc(Op::CallEx, a, 0, 0);
        self.release(mark);
        Ok(())
    }
}
