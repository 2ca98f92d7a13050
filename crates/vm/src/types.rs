//! Heap object kinds, static object kinds, and the static descriptors of
//! the builtin types.
//!
//! Builtin types are static objects (`Value::static_obj(SK_TYPE, TypeId)`):
//! a Rust descriptor with a name, a base and a method table. Builtin
//! functions and methods are static objects too (`SK_NATIVE`, index =
//! `table << 16 | entry`, table 0 being the builtin functions and table
//! `t + 1` the methods of type `t`).

use crate::vm::{Args, PyResult, Vm};
use pycopy_gc::Value;

/// Heap header kinds (the `kind` byte of pycopy-gc's header).
#[allow(missing_docs)]
pub mod kind {
    pub const STR: u8 = 1;
    pub const TUPLE: u8 = 2;
    pub const LIST: u8 = 3;
    /// Raw item array of a list (all values).
    pub const ARRAY: u8 = 4;
    pub const DICT: u8 = 5;
    /// Dict entries (hash, key, value) triples.
    pub const ENTRIES: u8 = 6;
    /// Dict index table (raw u32 slots).
    pub const INDEX: u8 = 7;
    pub const FUNC: u8 = 8;
    pub const CODE: u8 = 9;
    /// Raw words (instructions, tables).
    pub const RAW: u8 = 10;
    pub const CLASS: u8 = 11;
    pub const INSTANCE: u8 = 12;
    pub const EXC: u8 = 13;
    pub const CELL: u8 = 14;
    pub const BOUND: u8 = 15;
    pub const MODULE: u8 = 16;
    pub const RANGE: u8 = 17;
    pub const SEQ_ITER: u8 = 18;
    pub const RANGE_ITER: u8 = 19;
    pub const GEN: u8 = 20;
    pub const SET: u8 = 21;
    pub const FROZENSET: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const BIGINT: u8 = 24;
    pub const BYTES: u8 = 25;
    pub const PROPERTY: u8 = 26;
    pub const CLASSMETHOD: u8 = 27;
    pub const STATICMETHOD: u8 = 28;
    pub const SUPER: u8 = 29;
    pub const ENUMERATE: u8 = 30;
    pub const ZIP: u8 = 31;
    pub const MAP: u8 = 32;
    pub const FILTER: u8 = 33;
    pub const DICT_ITER: u8 = 34;
    pub const NATIVE_BOUND: u8 = 35;
    pub const DICT_VIEW: u8 = 36;
    pub const REVERSED: u8 = 37;
    pub const BYTEARRAY: u8 = 38;
    pub const COMPLEX: u8 = 39;
    /// memoryview: value 0 = target, raw words offset, length, flags.
    pub const MEMORYVIEW: u8 = 40;
    /// `iter(callable, sentinel)`: `[callable, sentinel]`.
    pub const CALL_ITER: u8 = 41;
    /// Append-only text buffer shared by appended strs (raw: used byte
    /// count, then UTF-8 bytes; never a Python value, see `objects/str_buf.rs`).
    pub const STR_BUF: u8 = 42;
}

/// Static-object kind of builtin types.
pub const SK_TYPE: u16 = 1;
/// Static-object kind of builtin functions and methods.
pub const SK_NATIVE: u16 = 2;

/// A native function: arguments are read from the VM stack through [`Args`].
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A builtin function or method.
#[derive(Debug)]
pub struct NativeDesc {
    /// Its name (a qstr id).
    pub name: u32,
    /// The implementation.
    pub f: NativeFn,
}

/// A builtin type's descriptor.
#[derive(Debug)]
pub struct TypeDesc {
    /// `__name__`.
    pub name: &'static str,
    /// Base type (`None` only for `object`).
    pub base: Option<TypeId>,
    /// Methods looked up on the type.
    pub methods: &'static [NativeDesc],
    /// Called for `T(args)`: receives the arguments without the type.
    pub new: Option<NativeFn>,
}

macro_rules! type_ids {
    ($($id:ident,)*) => {
        /// The builtin types, in a fixed order (their static index).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u32)]
        #[allow(missing_docs)]
        pub enum TypeId { $($id,)* }
        impl TypeId {
            /// All builtin types by index.
            pub const ALL: &'static [TypeId] = &[$(TypeId::$id,)*];
        }
    };
}

type_ids! {
    Object, Type, NoneType, Bool, Int, Float, Str, Bytes, ByteArray, MemoryView, Complex, Tuple, List, Dict, Set, FrozenSet,
    Range, Slice, Function, BuiltinFunction, BoundMethod, Module, Cell, Code, Generator, Coroutine,
    Iterator, Property, ClassMethod, StaticMethod, Super, EllipsisType, NotImplementedType,
    Enumerate, Zip, Map, Filter, Reversed, DictKeys, DictValues, DictItems,
    BaseException, Exception, ArithmeticError, AssertionError, AttributeError, EOFError,
    GeneratorExit, ImportError, IndexError, KeyError, KeyboardInterrupt, LookupError,
    MemoryError, NameError, NotImplementedError, OSError, OverflowError, RuntimeError,
    StopIteration, StopAsyncIteration, SyntaxError, SystemExit, TypeError, UnicodeError,
    ValueError, ZeroDivisionError, RecursionError, UnboundLocalError, IndentationError,
    FileNotFoundError, ModuleNotFoundError,
    PermissionError, FileExistsError, IsADirectoryError, NotADirectoryError, TimeoutError, ConnectionError, BrokenPipeError, ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError, InterruptedError, BlockingIOError, ChildProcessError, ProcessLookupError, UnicodeDecodeError, UnicodeEncodeError, TabError, ReferenceError, BufferError, FloatingPointError, Warning, UserWarning, DeprecationWarning, RuntimeWarning, SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
}

impl TypeId {
    /// The type as a value.
    #[inline]
    pub const fn value(self) -> Value {
        Value::static_obj(SK_TYPE, self as u32)
    }

    /// The builtin type a value names, if it is one.
    #[inline]
    pub fn from_value(v: Value) -> Option<TypeId> {
        match v.as_static() {
            Some((SK_TYPE, i)) => TypeId::ALL.get(i as usize).copied(),
            _ => None,
        }
    }

    /// Whether this is BaseException or one of its subclasses.
    pub fn is_exception(self) -> bool {
        (self as u32) >= (TypeId::BaseException as u32)
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype(self, other: TypeId) -> bool {
        let mut t = Some(self);
        while let Some(x) = t {
            if x == other {
                return true;
            }
            t = crate::objects::desc(x).base;
        }
        false
    }
}

/// Code flag: takes `*args`.
pub const VARARGS: u16 = pycopy_compiler::bytecode::CodeFlags::VARARGS;
/// Code flag: takes `**kwargs`.
pub const VARKEYWORDS: u16 = pycopy_compiler::bytecode::CodeFlags::VARKEYWORDS;
/// Code flag: generator function.
pub const GENERATOR: u16 = pycopy_compiler::bytecode::CodeFlags::GENERATOR;
/// Code flag: coroutine function.
pub const COROUTINE: u16 = pycopy_compiler::bytecode::CodeFlags::COROUTINE;
/// Code flag: class body.
pub const CLASS_BODY: u16 = pycopy_compiler::bytecode::CodeFlags::CLASS_BODY;
