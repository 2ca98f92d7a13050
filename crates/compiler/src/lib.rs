//! pycopy-compiler: the register bytecode and the compiler that produces it.
//!
//! Pipeline: source → `pycopy-parser` AST → [`symtable`] (scope analysis:
//! locals, globals, cells, free variables, class scopes, comprehension
//! scopes, name mangling) → `codegen` (registers, constant folding,
//! definite assignment, exception table, line table) →
//! [`bytecode::CodeObject`], which the VM loads into its heap.
//!
//! Modules:
//! - [`bytecode`]: instruction encoding, opcodes, [`bytecode::CodeObject`]
//!   (the contract with the VM).
//! - [`decode`]: instruction decoding by operand role.
//! - [`disasm`]: a readable listing of a code object (golden tests,
//!   debugging).
//! - [`validate`]: structural checks of a code object (jump targets,
//!   register and index ranges, exception table) run on compiler output in
//!   tests.
//! - `error` (feature `compiler`): [`CompileError`].
//! - [`symtable`] (feature `compiler`): scope analysis.
//! - `fold` (feature `compiler`): constant folding.
//! - `walk` (feature `compiler`): small tree walks used by codegen.
//! - `codegen` (feature `compiler`): AST to bytecode.
//!
//! Entry points (feature `compiler`): [`compile_module`],
//! [`compile_interactive`], [`compile_eval`] and the `compile_ast_*`
//! variants for an already-parsed tree.
//!
//! Documented differences from CPython 3.11: annotations are never
//! evaluated (Pycopy parses and ignores them); `super()` with no
//! arguments in a method is compiled as `super(__class__, <first
//! argument>)` (as MicroPython does); asserts are always compiled.
#![no_std]
extern crate alloc;

pub mod bytecode;
pub mod decode;
pub mod disasm;
pub mod validate;

#[cfg(feature = "compiler")]
mod codegen;
#[cfg(feature = "compiler")]
mod error;
#[cfg(feature = "compiler")]
mod fold;
#[cfg(feature = "compiler")]
pub mod symtable;
#[cfg(feature = "compiler")]
mod walk;

#[cfg(feature = "compiler")]
pub use api::*;
#[cfg(feature = "compiler")]
pub use error::CompileError;

#[cfg(feature = "compiler")]
mod api {
    use pycopy_parser::ast::{Expr, Interactive, Module};

    use crate::bytecode::CodeObject;
    use crate::codegen::Compiler;
    use crate::error::CompileError;
    use crate::symtable::SymbolTable;

    static OPT_LEVEL: core::sync::atomic::AtomicU8 = core::sync::atomic::AtomicU8::new(0);

    /// Sets MicroPython's optimisation level for every later compilation
    /// (`micropython.opt_level`): at 1 and above `assert` statements
    /// compile to nothing and `__debug__` is False; at 0 (the default)
    /// asserts run and `__debug__` is True.
    pub fn set_opt_level(level: u8) {
        OPT_LEVEL.store(level, core::sync::atomic::Ordering::Relaxed);
    }

    /// The optimisation level later compilations use.
    pub fn opt_level() -> u8 {
        OPT_LEVEL.load(core::sync::atomic::Ordering::Relaxed)
    }

    /// Compiles a whole file (`exec` mode) to its module code object.
    pub fn compile_module(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
        let module = pycopy_parser::parse_module(source, filename)?;
        compile_ast_module(source, filename, &module)
    }

    /// Compiles one REPL input: expression statements print their value
    /// (`PrintExpr`). Check [`CompileError::incomplete`] to ask for more
    /// lines.
    pub fn compile_interactive(source: &str) -> Result<CodeObject, CompileError> {
        let tree = pycopy_parser::parse_interactive(source)?;
        compile_ast_interactive(source, &tree)
    }

    /// Compiles an expression (`eval` mode): the code returns its value.
    pub fn compile_eval(source: &str) -> Result<CodeObject, CompileError> {
        let e = pycopy_parser::parse_expression(source)?;
        compile_ast_eval(source, "<string>", &e)
    }

    /// [`compile_module`] for `exec` with a locals mapping distinct from
    /// the globals: module-level names are read from the frame's locals,
    /// then the globals, then builtins, and assigned in the locals.
    pub fn compile_module_with_locals(
        source: &str,
        filename: &str,
    ) -> Result<CodeObject, CompileError> {
        let module = pycopy_parser::parse_module(source, filename)?;
        let table = SymbolTable::build(source, &module.body)?;
        let mut c = Compiler::new(source, filename, table, false)?;
        c.names = true;
        c.module(&module.body)
    }

    /// [`compile_eval`] for `eval` with a locals mapping distinct from the
    /// globals (names looked up in the locals first).
    pub fn compile_eval_with_locals(source: &str) -> Result<CodeObject, CompileError> {
        let e = pycopy_parser::parse_expression(source)?;
        let table = SymbolTable::build_expr(source, &e)?;
        let mut c = Compiler::new(source, "<string>", table, false)?;
        c.names = true;
        c.eval(&e)
    }

    /// [`compile_module`] for an already-parsed tree of `source`.
    pub fn compile_ast_module(
        source: &str,
        filename: &str,
        module: &Module,
    ) -> Result<CodeObject, CompileError> {
        let table = SymbolTable::build(source, &module.body)?;
        Compiler::new(source, filename, table, false)?.module(&module.body)
    }

    /// [`compile_interactive`] for an already-parsed input.
    pub fn compile_ast_interactive(
        source: &str,
        tree: &Interactive,
    ) -> Result<CodeObject, CompileError> {
        let table = SymbolTable::build(source, &tree.body)?;
        Compiler::new(source, "<stdin>", table, true)?.module(&tree.body)
    }

    /// [`compile_eval`] for an already-parsed expression.
    pub fn compile_ast_eval(
        source: &str,
        filename: &str,
        e: &Expr,
    ) -> Result<CodeObject, CompileError> {
        let table = SymbolTable::build_expr(source, e)?;
        Compiler::new(source, filename, table, false)?.eval(e)
    }
}
