//! Code generation: one [`Unit`] per code object being built (module,
//! function, lambda, class body, comprehension), with instruction emission,
//! labels and jump patching, register allocation, the exception-handler
//! stack (turned into the exception table), the line table and the
//! definite-assignment state of locals.
//!
//! Split by concern: this file holds the machinery and the units;
//! `expr.rs` compiles expressions (including calls, displays,
//! comprehensions and conditional jumps), `stmt.rs` statements (including
//! loops, `try`, `with` and the unwinding of `finally`/`with` blocks on
//! `return`/`break`/`continue`), `func.rs` functions, lambdas and classes.

mod expr;
mod func;
mod stmt;

use alloc::boxed::Box;
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use pycopy_parser::ast::{Expr, Ident, Span, Stmt};

use crate::bytecode::*;
use crate::error::{CompileError, Lines};
use crate::symtable::{mangle, ScopeId, ScopeKind, SymScope, SymbolTable, DEF_NONLOCAL};

/// Result type of codegen.
pub(crate) type R<T> = Result<T, CompileError>;

/// Most registers a frame may use (operand fields are 8 bits).
pub const MAX_REGS: usize = 256;

use crate::symtable::MAX_EXPR_DEPTH;

/// A jump target.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Label(usize);

/// How a name is reached from the current unit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Access {
    /// A plain local in a register.
    Reg(u8),
    /// A cell (captured local or free variable) in a register.
    Deref(u8),
    /// A class-body free variable: namespace first, then the cell.
    ClassDeref(u8),
    /// Module globals (then builtins).
    Global,
    /// The locals mapping of a class body.
    Name,
}

/// A block that `return`/`break`/`continue` must leave properly.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlock<'a> {
    /// A loop: `continue` jumps to `cont`, `break` to `exit`.
    Loop { cont: Label, exit: Label },
    /// The body of `try ... finally`: leaving runs the final body.
    Finally {
        body: &'a [Stmt],
        handler_depth: usize,
    },
    /// An `except` handler body: leaving restores the handled exception
    /// and deletes the `as` name.
    Handler {
        prev: u8,
        name: Option<Ident>,
        handler_depth: usize,
    },
    /// The exceptional copy of a final body: leaving restores the handled
    /// exception.
    FinallyExc { prev: u8, handler_depth: usize },
    /// A `with` body: leaving calls `__exit__(None, None, None)`.
    With {
        exit: u8,
        is_async: bool,
        handler_depth: usize,
    },
}

/// Dedup key for simple constants.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    Float(u64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
}

fn const_key(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Int(i) => ConstKey::Int(*i),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        _ => return None,
    })
}

/// Definite-assignment state: `None` while the code is unreachable,
/// otherwise one flag per local register (true = certainly bound).
pub(crate) type DaState = Option<Vec<bool>>;

/// Joins two control-flow paths.
pub(crate) fn join(a: DaState, b: DaState) -> DaState {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(mut a), Some(b)) => {
            for (x, y) in a.iter_mut().zip(b.iter()) {
                *x = *x && *y;
            }
            Some(a)
        }
    }
}

/// A code object under construction.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub code: Vec<Word>,
    consts: Vec<Constant>,
    const_map: BTreeMap<ConstKey, u16>,
    names: Vec<Box<str>>,
    name_map: BTreeMap<Box<str>, u16>,
    ncaches: u32,
    lines: Vec<(u32, u32)>,
    labels: Vec<Option<u32>>,
    fixups: Vec<(usize, Label)>,
    /// Register of every local, cell and free variable by name.
    pub var_regs: BTreeMap<String, u8>,
    varnames: Vec<Box<str>>,
    free_base: usize,
    freevars: Vec<Box<str>>,
    cellvars: Vec<u16>,
    /// Next free temporary register.
    pub top: usize,
    /// First temporary register (after locals and free cells).
    pub temp_base: usize,
    max_top: usize,
    handlers: Vec<(Label, u8)>,
    seg_start: u32,
    segments: Vec<(u32, u32, Label, u8)>,
    pub fblocks: Vec<FBlock<'a>>,
    pub da: DaState,
    /// Locals that are cells (never definite-assignment tracked).
    is_cell: Vec<bool>,
    pub private: Option<String>,
    pub class_cell: Option<u8>,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub flags: u16,
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    pub doc: Option<Box<str>>,
}

/// The compiler for one source text.
pub(crate) struct Compiler<'a> {
    pub src: &'a str,
    pub filename: &'a str,
    pub table: SymbolTable,
    lines: Lines,
    pub unit: Unit<'a>,
    outer: Vec<Unit<'a>>,
    pub interactive: bool,
    /// Module-level names go through `LoadName`/`StoreName` (the frame's
    /// locals dict, then globals, then builtins): code for `exec`/`eval`
    /// with a locals mapping of its own.
    pub names: bool,
    pub depth: u32,
    pub cur_span: Span,
}

impl<'a> Compiler<'a> {
    pub(crate) fn new(
        src: &'a str,
        filename: &'a str,
        table: SymbolTable,
        interactive: bool,
    ) -> R<Self> {
        let unit = Self::make_unit(&table, 0, 1)?;
        Ok(Compiler {
            src,
            filename,
            table,
            lines: Lines::new(src),
            unit,
            outer: Vec::new(),
            interactive,
            names: false,
            depth: 0,
            cur_span: Span::empty(0),
        })
    }

    /// A fresh unit for scope `id` with its registers laid out.
    fn make_unit(table: &SymbolTable, id: ScopeId, first_line: u32) -> R<Unit<'a>> {
        let scope = table.scopes.get(id).ok_or_else(|| {
            CompileError::syntax("internal compiler error: no scope", Span::empty(0))
        })?;
        let mut var_regs = BTreeMap::new();
        let mut varnames: Vec<Box<str>> = Vec::new();
        let mut is_cell = Vec::new();
        let mut cellvars = Vec::new();
        let too_complex = || CompileError::syntax("function too complex", Span::empty(0));
        let mut class_cell = None;
        if scope.kind.is_function() {
            for p in &scope.params {
                if var_regs.contains_key(p) {
                    continue;
                }
                let r = u8::try_from(varnames.len()).map_err(|_| too_complex())?;
                var_regs.insert(p.clone(), r);
                varnames.push(p.as_str().into());
                let cell = scope.scope_of(p) == SymScope::Cell;
                is_cell.push(cell);
                if cell {
                    cellvars.push(u16::from(r));
                }
            }
            for sym in &scope.symbols {
                if var_regs.contains_key(&sym.name) {
                    continue;
                }
                if matches!(sym.scope, SymScope::Local | SymScope::Cell) {
                    let r = u8::try_from(varnames.len()).map_err(|_| too_complex())?;
                    var_regs.insert(sym.name.clone(), r);
                    varnames.push(sym.name.as_str().into());
                    let cell = sym.scope == SymScope::Cell;
                    is_cell.push(cell);
                    if cell {
                        cellvars.push(u16::from(r));
                    }
                }
            }
        } else if scope.kind == ScopeKind::Class && scope.needs_class_cell {
            class_cell = Some(0u8);
            varnames.push("__class__".into());
            is_cell.push(true);
            cellvars.push(0);
        }
        let nlocals = varnames.len();
        let free_base = nlocals;
        let mut freevars = Vec::new();
        for (i, name) in scope.freevars.iter().enumerate() {
            let r = u8::try_from(free_base + i).map_err(|_| too_complex())?;
            // A class body's own `__class__`-style passthrough keeps the
            // namespace binding; inner scopes get the closure cell.
            var_regs.entry(name.clone()).or_insert(r);
            if scope.kind == ScopeKind::Class {
                var_regs.insert(format!("\0free:{name}"), r);
            }
            freevars.push(name.as_str().into());
        }
        let top = free_base + freevars.len();
        if top > MAX_REGS {
            return Err(too_complex());
        }
        let mut flags = 0;
        if scope.is_generator {
            flags |= CodeFlags::GENERATOR;
        }
        if scope.is_coroutine {
            flags |= CodeFlags::COROUTINE;
        }
        match scope.kind {
            ScopeKind::Module => flags |= CodeFlags::MODULE,
            ScopeKind::Class => flags |= CodeFlags::CLASS_BODY,
            ScopeKind::Lambda | ScopeKind::Comprehension => flags |= CodeFlags::ANONYMOUS,
            ScopeKind::Function => {}
        }
        Ok(Unit {
            scope: id,
            kind: scope.kind,
            code: Vec::new(),
            consts: Vec::new(),
            const_map: BTreeMap::new(),
            names: Vec::new(),
            name_map: BTreeMap::new(),
            ncaches: 0,
            lines: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            var_regs,
            varnames,
            free_base,
            freevars,
            cellvars,
            top,
            temp_base: top,
            max_top: top,
            handlers: Vec::new(),
            seg_start: 0,
            segments: Vec::new(),
            fblocks: Vec::new(),
            da: Some(alloc::vec![false; nlocals]),
            is_cell,
            private: scope.private.clone(),
            class_cell,
            name: scope.name.clone(),
            qualname: scope.qualname.clone(),
            first_line,
            flags,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            doc: None,
        })
    }

    /// Starts compiling scope `id` (its code becomes the current unit).
    pub(crate) fn push_unit(&mut self, id: ScopeId, span: Span) -> R<()> {
        let line = self.line_of(span.start);
        let unit = Self::make_unit(&self.table, id, line).map_err(|e| self.at(e, span))?;
        let old = core::mem::replace(&mut self.unit, unit);
        self.outer.push(old);
        // Cells for captured locals are created at entry.
        for r in self.unit.cellvars.clone() {
            let r = u8::try_from(r).map_err(|_| self.too_complex())?;
            self.emit_abc(Op::MakeCell, r, 0, 0);
        }
        Ok(())
    }

    /// Finishes the current unit, returning its code object and making the
    /// enclosing unit current again.
    pub(crate) fn pop_unit(&mut self) -> R<CodeObject> {
        let code = self.finish_unit()?;
        if let Some(outer) = self.outer.pop() {
            self.unit = outer;
        }
        Ok(code)
    }

    fn at(&self, e: CompileError, span: Span) -> CompileError {
        match e {
            CompileError::Syntax { message, span: s } if s.is_empty() && s.start == 0 => {
                CompileError::Syntax { message, span }
            }
            other => other,
        }
    }

    pub(crate) fn too_complex(&self) -> CompileError {
        CompileError::syntax("function too complex", self.cur_span)
    }

    pub(crate) fn line_of(&self, offset: u32) -> u32 {
        self.lines.line(offset)
    }

    /// Records that code from here on belongs to the line of `offset`.
    pub(crate) fn set_line(&mut self, offset: u32) {
        let line = self.line_of(offset);
        let pc = self.pc();
        let u = &mut self.unit;
        match u.lines.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == pc => last.1 = line,
            _ => u.lines.push((pc, line)),
        }
    }

    /// Finishes the current unit into a code object.
    pub(crate) fn finish_unit(&mut self) -> R<CodeObject> {
        self.flush_segment();
        let span = self.cur_span;
        let u = &mut self.unit;
        for &(pos, label) in &u.fixups {
            let target = u.labels.get(label.0).copied().flatten().ok_or_else(|| {
                CompileError::syntax("internal compiler error: unbound label", span)
            })?;
            let off = i64::from(target) - (pos as i64 + 1);
            let off =
                i32::try_from(off).map_err(|_| CompileError::syntax("function too large", span))?;
            if let Some(w) = u.code.get_mut(pos) {
                *w = off as u32;
            }
        }
        let mut table: Vec<ExcEntry> = Vec::new();
        for &(start, end, label, reg) in &u.segments {
            let handler = u.labels.get(label.0).copied().flatten().ok_or_else(|| {
                CompileError::syntax("internal compiler error: unbound handler", span)
            })?;
            if let Some(last) = table.last_mut() {
                if last.end == start && last.handler == handler && last.reg == reg {
                    last.end = end;
                    continue;
                }
            }
            table.push(ExcEntry {
                start,
                end,
                handler,
                reg,
            });
        }
        let ncaches = u16::try_from(u.ncaches)
            .map_err(|_| CompileError::syntax("function too large", span))?;
        let nregs = u16::try_from(u.max_top.max(1))
            .map_err(|_| CompileError::syntax("function too complex", span))?;
        Ok(CodeObject {
            name: u.name.as_str().into(),
            qualname: u.qualname.as_str().into(),
            filename: self.filename.into(),
            first_line: u.first_line,
            flags: CodeFlags(u.flags),
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            nregs,
            varnames: core::mem::take(&mut u.varnames).into_boxed_slice(),
            freevars: core::mem::take(&mut u.freevars).into_boxed_slice(),
            free_base: u16::try_from(u.free_base).unwrap_or(0),
            cellvars: core::mem::take(&mut u.cellvars).into_boxed_slice(),
            code: core::mem::take(&mut u.code).into_boxed_slice(),
            constants: core::mem::take(&mut u.consts).into_boxed_slice(),
            names: core::mem::take(&mut u.names).into_boxed_slice(),
            ncaches,
            exception_table: table.into_boxed_slice(),
            lines: core::mem::take(&mut u.lines).into_boxed_slice(),
            doc: u.doc.take(),
        })
    }

    // ---- emission ----

    pub(crate) fn pc(&self) -> u32 {
        u32::try_from(self.unit.code.len()).unwrap_or(u32::MAX)
    }

    pub(crate) fn emit(&mut self, w: Word) {
        self.unit.code.push(w);
    }

    pub(crate) fn emit_abc(&mut self, op: Op, a: u8, b: u8, c: u8) {
        self.emit(abc(op, a, b, c));
    }

    pub(crate) fn emit_ext(&mut self, op: Op, a: u8, b: u8, c: u8, ext: Word) {
        self.emit(abc(op, a, b, c));
        self.emit(ext);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.unit.labels.push(None);
        Label(self.unit.labels.len() - 1)
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let pc = self.pc();
        if let Some(slot) = self.unit.labels.get_mut(l.0) {
            *slot = Some(pc);
        }
    }

    /// Emits a jump-carrying instruction whose extension word is the
    /// offset to `l`.
    pub(crate) fn emit_jump(&mut self, op: Op, a: u8, b: u8, c: u8, l: Label) {
        self.emit(abc(op, a, b, c));
        let pos = self.unit.code.len();
        self.emit(0);
        self.unit.fixups.push((pos, l));
    }

    pub(crate) fn jump(&mut self, l: Label) {
        self.emit_jump(Op::Jump, 0, 0, 0, l);
    }

    pub(crate) fn name_idx(&mut self, name: &str) -> R<u16> {
        if let Some(&i) = self.unit.name_map.get(name) {
            return Ok(i);
        }
        let i = u16::try_from(self.unit.names.len())
            .map_err(|_| CompileError::syntax("too many names", self.cur_span))?;
        self.unit.names.push(name.into());
        self.unit.name_map.insert(name.into(), i);
        Ok(i)
    }

    /// The index of constant `c` when it is below 256 (an 8-bit operand
    /// field), adding `c` only while there are fewer than 256 constants;
    /// None otherwise (nothing added).
    pub(crate) fn const_idx8(&mut self, c: Constant) -> Option<u8> {
        let known = const_key(&c).and_then(|k| self.unit.const_map.get(&k).copied());
        match known {
            Some(i) => u8::try_from(i).ok(),
            None if self.unit.consts.len() < 256 => u8::try_from(self.const_idx(c).ok()?).ok(),
            None => None,
        }
    }

    pub(crate) fn const_idx(&mut self, c: Constant) -> R<u16> {
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = self.unit.const_map.get(k) {
                return Ok(i);
            }
        }
        let i = u16::try_from(self.unit.consts.len())
            .map_err(|_| CompileError::syntax("too many constants", self.cur_span))?;
        self.unit.consts.push(c);
        if let Some(k) = key {
            self.unit.const_map.insert(k, i);
        }
        Ok(i)
    }

    pub(crate) fn cache(&mut self) -> R<u16> {
        self.caches(1)
    }

    /// `n` consecutive fresh cache slots; returns the first.
    pub(crate) fn caches(&mut self, n: u16) -> R<u16> {
        let c = self.unit.ncaches;
        self.unit.ncaches += u32::from(n);
        u16::try_from(c).map_err(|_| CompileError::syntax("function too large", self.cur_span))
    }

    /// Extension word `name:16 | cache:16` with a fresh cache slot.
    pub(crate) fn name_cache(&mut self, name: &str) -> R<Word> {
        let n = self.name_idx(name)?;
        let c = self.cache()?;
        Ok(ext2(n, c))
    }

    /// Extension word `name:16 | cache:16` for a `LoadMethod` site, which
    /// owns `bytecode::METHOD_CACHE_SLOTS` slots from `cache`.
    pub(crate) fn method_cache(&mut self, name: &str) -> R<Word> {
        let n = self.name_idx(name)?;
        let c = self.caches(crate::bytecode::METHOD_CACHE_SLOTS)?;
        Ok(ext2(n, c))
    }

    pub(crate) fn name_only(&mut self, name: &str) -> R<Word> {
        Ok(ext2(self.name_idx(name)?, 0))
    }

    // ---- registers ----

    /// Reserves `n` consecutive temporaries; returns the first.
    pub(crate) fn alloc(&mut self, n: usize) -> R<u8> {
        let first = self.unit.top;
        let end = first + n;
        if end > MAX_REGS || first >= MAX_REGS {
            return Err(self.too_complex());
        }
        self.unit.top = end;
        if end > self.unit.max_top {
            self.unit.max_top = end;
        }
        u8::try_from(first).map_err(|_| self.too_complex())
    }

    pub(crate) fn alloc1(&mut self) -> R<u8> {
        self.alloc(1)
    }

    pub(crate) fn mark(&self) -> usize {
        self.unit.top
    }

    pub(crate) fn release(&mut self, mark: usize) {
        self.unit.top = mark;
    }

    pub(crate) fn mov(&mut self, dst: u8, src: u8) {
        if dst != src {
            self.emit_abc(Op::Move, dst, src, 0);
        }
    }

    // ---- exception handlers ----

    fn flush_segment(&mut self) {
        let pc = self.pc();
        let u = &mut self.unit;
        if pc > u.seg_start {
            if let Some(&(l, r)) = u.handlers.last() {
                u.segments.push((u.seg_start, pc, l, r));
            }
        }
        u.seg_start = pc;
    }

    /// Code from here on jumps to `l` on an exception, with the exception
    /// in register `reg`.
    pub(crate) fn push_handler(&mut self, l: Label, reg: u8) {
        self.flush_segment();
        self.unit.handlers.push((l, reg));
    }

    pub(crate) fn pop_handler(&mut self) {
        self.flush_segment();
        self.unit.handlers.pop();
    }

    pub(crate) fn handler_depth(&self) -> usize {
        self.unit.handlers.len()
    }

    pub(crate) fn handlers_snapshot(&self) -> Vec<(Label, u8)> {
        self.unit.handlers.clone()
    }

    pub(crate) fn set_handlers(&mut self, h: Vec<(Label, u8)>) {
        self.flush_segment();
        self.unit.handlers = h;
    }

    pub(crate) fn truncate_handlers(&mut self, depth: usize) {
        self.flush_segment();
        self.unit.handlers.truncate(depth);
    }

    // ---- names ----

    pub(crate) fn mangle_id(&self, id: Ident) -> String {
        mangle(self.unit.private.as_deref(), id.as_str(self.src)).into_owned()
    }

    pub(crate) fn mangle_str(&self, s: &str) -> String {
        mangle(self.unit.private.as_deref(), s).into_owned()
    }

    /// How `name` (already mangled) is reached; `store` selects the form
    /// used for assignment in class bodies.
    pub(crate) fn access(&self, name: &str, store: bool) -> Access {
        let Some(scope) = self.table.scopes.get(self.unit.scope) else {
            return Access::Global;
        };
        let sym = scope.lookup(name);
        let sc = sym.map_or(SymScope::GlobalImplicit, |s| s.scope);
        let kind = scope.kind;
        match sc {
            SymScope::Local => match kind {
                ScopeKind::Module if self.names => Access::Name,
                ScopeKind::Module => Access::Global,
                ScopeKind::Class => Access::Name,
                _ => self
                    .unit
                    .var_regs
                    .get(name)
                    .map_or(Access::Global, |&r| Access::Reg(r)),
            },
            SymScope::Cell => self
                .unit
                .var_regs
                .get(name)
                .map_or(Access::Global, |&r| Access::Deref(r)),
            SymScope::Free => {
                let r = self.unit.var_regs.get(name).copied();
                match (kind, r) {
                    (_, None) => Access::Global,
                    (ScopeKind::Class, Some(r)) => {
                        let nonlocal = sym.is_some_and(|s| s.flags & DEF_NONLOCAL != 0);
                        if nonlocal {
                            Access::Deref(r)
                        } else if store {
                            Access::Name
                        } else {
                            Access::ClassDeref(r)
                        }
                    }
                    (_, Some(r)) => Access::Deref(r),
                }
            }
            SymScope::GlobalExplicit => Access::Global,
            SymScope::GlobalImplicit => match kind {
                ScopeKind::Class => Access::Name,
                ScopeKind::Module if self.names => Access::Name,
                _ => Access::Global,
            },
        }
    }

    /// The register holding the cell that inner scopes use for `name`.
    pub(crate) fn cell_reg(&self, name: &str) -> Option<u8> {
        if name == "__class__" {
            if let Some(r) = self.unit.class_cell {
                return Some(r);
            }
        }
        if self.unit.kind == ScopeKind::Class {
            if let Some(&r) = self.unit.var_regs.get(&format!("\0free:{name}")) {
                return Some(r);
            }
        }
        self.unit.var_regs.get(name).copied()
    }

    // ---- definite assignment ----

    pub(crate) fn is_bound(&self, r: u8) -> bool {
        let r = usize::from(r);
        if self.unit.is_cell.get(r).copied().unwrap_or(true) {
            return true;
        }
        match &self.unit.da {
            None => true,
            Some(v) => v.get(r).copied().unwrap_or(true),
        }
    }

    pub(crate) fn set_bound(&mut self, r: u8, bound: bool) {
        if let Some(v) = &mut self.unit.da {
            if let Some(x) = v.get_mut(usize::from(r)) {
                *x = bound;
            }
        }
    }

    /// Marks the code from here on unreachable.
    pub(crate) fn dead(&mut self) {
        self.unit.da = None;
    }

    /// The state with every local that `body` may unbind cleared (loop
    /// heads and exception handlers).
    pub(crate) fn da_without(&self, body: &[Stmt]) -> DaState {
        let mut names = BTreeSet::new();
        crate::walk::unbound_names(self.src, body, &mut names);
        self.da_without_names(names)
    }

    /// The state with `names` (as written) cleared.
    pub(crate) fn da_without_names(&self, names: BTreeSet<&str>) -> DaState {
        let mut st = self.unit.da.clone();
        if let Some(v) = &mut st {
            for n in names {
                let m = self.mangle_str(n);
                if let Some(&r) = self.unit.var_regs.get(&m) {
                    if let Some(x) = v.get_mut(usize::from(r)) {
                        *x = false;
                    }
                }
            }
        }
        st
    }

    /// Emits `CheckBound` for a local read that is not provably bound.
    pub(crate) fn check_bound(&mut self, r: u8, name: &str) -> R<()> {
        if !self.is_bound(r) {
            // Locals are named by register: varnames[r].
            let _ = name;
            self.emit_ext(Op::CheckBound, r, 0, 0, ext2(u16::from(r), 0));
            self.set_bound(r, true);
        }
        Ok(())
    }

    /// Enters one more level of expression nesting.
    pub(crate) fn enter(&mut self, span: Span) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(CompileError::syntax("expression too complex", span));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    pub(crate) fn error(&self, msg: impl ToString, span: Span) -> CompileError {
        CompileError::syntax(msg.to_string(), span)
    }

    /// Compiles module (or interactive) statements into a code object.
    pub(crate) fn module(mut self, body: &'a [Stmt]) -> R<CodeObject> {
        if let Some(first) = body.first() {
            self.unit.first_line = self.line_of(first.span.start);
        }
        if self.interactive {
            self.unit.flags |= CodeFlags::INTERACTIVE;
        } else if let Some(doc) = func::docstring(body) {
            self.set_line(body.first().map_or(0, |s| s.span.start));
            let r = self.alloc1()?;
            let k = self.const_idx(Constant::Str(doc.clone()))?;
            self.emit(abx(Op::LoadConst, r, k));
            self.store_name("__doc__", r)?;
            self.release(r.into());
            self.unit.doc = Some(doc);
        }
        let skip = usize::from(!self.interactive && func::docstring(body).is_some());
        self.stmts(body.get(skip..).unwrap_or(&[]))?;
        self.emit_abc(Op::ReturnNone, 0, 0, 0);
        self.finish_unit()
    }

    /// Compiles an expression whose value the code returns (`eval`).
    pub(crate) fn eval(mut self, e: &'a Expr) -> R<CodeObject> {
        self.unit.first_line = self.line_of(e.span.start);
        self.set_line(e.span.start);
        let r = self.expr_any(e)?;
        self.emit_abc(Op::Return, r, 0, 0);
        self.finish_unit()
    }
}
