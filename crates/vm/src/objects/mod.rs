//! Builtin object types, one file per type, and the static type table.

pub mod arity;
pub mod buffer;
pub mod bytes;
pub mod class;
pub mod complex;
pub mod corefns;
pub mod coro;
pub mod dict;
pub mod dict_index;
pub mod dict_simple;
pub mod exc;
pub mod float;
pub mod func;
pub mod int;
pub mod iter;
pub mod iterfns;
pub mod list;
pub mod memoryview;
pub mod num;
pub mod range;
pub mod seq;
pub mod set;
pub mod slots;
pub mod stack_str;
pub mod str;
pub mod str_buf;
pub mod str_methods;
pub mod textops;
pub mod tuple;

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeDesc, TypeId};
use crate::vm::Vm;
use pycopy_gc::Value;

const NO_METHODS: &[NativeDesc] = &[];

macro_rules! td {
    ($name:literal, $base:expr) => {
        TypeDesc {
            name: $name,
            base: $base,
            methods: NO_METHODS,
            new: None,
        }
    };
    ($name:literal, $base:expr, $m:expr, $new:expr) => {
        TypeDesc {
            name: $name,
            base: $base,
            methods: $m,
            new: $new,
        }
    };
}

/// The descriptor of builtin type `t`.
pub fn desc(t: TypeId) -> &'static TypeDesc {
    use TypeId as T;
    static OBJECT: TypeDesc = td!(
        "object",
        None,
        class::OBJECT_METHODS,
        Some(crate::builtins::object_new)
    );
    static TYPE: TypeDesc = td!(
        "type",
        Some(T::Object),
        NO_METHODS,
        Some(crate::builtins::type_new)
    );
    static NONE: TypeDesc = td!("NoneType", Some(T::Object));
    static BOOL: TypeDesc = td!(
        "bool",
        Some(T::Int),
        NO_METHODS,
        Some(crate::builtins::bool_new)
    );
    static INT: TypeDesc = td!("int", Some(T::Object), num::INT_METHODS, Some(num::int_new));
    static FLOAT: TypeDesc = td!("float", Some(T::Object), float::METHODS, Some(float::new));
    static STR: TypeDesc = td!("str", Some(T::Object), str::METHODS, Some(str::new));
    static BYTES: TypeDesc = td!("bytes", Some(T::Object), bytes::METHODS, Some(bytes::new));
    static BYTEARRAY: TypeDesc = td!(
        "bytearray",
        Some(T::Object),
        bytes::BYTEARRAY_METHODS,
        Some(bytes::new_bytearray)
    );
    static MEMORYVIEW: TypeDesc = td!(
        "memoryview",
        Some(T::Object),
        memoryview::METHODS,
        Some(memoryview::new)
    );
    static COMPLEX: TypeDesc = td!(
        "complex",
        Some(T::Object),
        complex::METHODS,
        Some(complex::new)
    );
    static TUPLE: TypeDesc = td!("tuple", Some(T::Object), tuple::METHODS, Some(tuple::new));
    static LIST: TypeDesc = td!("list", Some(T::Object), list::METHODS, Some(list::new));
    static DICT: TypeDesc = td!("dict", Some(T::Object), dict::METHODS, Some(dict::new));
    static SET: TypeDesc = td!("set", Some(T::Object), set::METHODS, Some(set::new));
    static FROZENSET: TypeDesc = td!(
        "frozenset",
        Some(T::Object),
        set::FROZEN_METHODS,
        Some(set::new_frozen)
    );
    static RANGE: TypeDesc = td!("range", Some(T::Object), range::METHODS, Some(range::new));
    static SLICE: TypeDesc = td!(
        "slice",
        Some(T::Object),
        seq::SLICE_METHODS,
        Some(iter::slice_new)
    );
    static FUNCTION: TypeDesc = td!("function", Some(T::Object));
    static BUILTIN: TypeDesc = td!("builtin_function_or_method", Some(T::Object));
    static BOUND: TypeDesc = td!("bound_method", Some(T::Object));
    static MODULE: TypeDesc = td!("module", Some(T::Object));
    static CELL: TypeDesc = td!("cell", Some(T::Object));
    static CODE: TypeDesc = td!("code", Some(T::Object));
    static GENERATOR: TypeDesc = td!("generator", Some(T::Object), func::GEN_METHODS, None);
    static COROUTINE: TypeDesc = td!("coroutine", Some(T::Generator), coro::METHODS, None);
    static ITERATOR: TypeDesc = td!("iterator", Some(T::Object), seq::ITER_METHODS, None);
    static PROPERTY: TypeDesc = td!(
        "property",
        Some(T::Object),
        class::PROPERTY_METHODS,
        Some(class::property_new)
    );
    static CLASSMETHOD: TypeDesc = td!(
        "classmethod",
        Some(T::Object),
        NO_METHODS,
        Some(class::classmethod_new)
    );
    static STATICMETHOD: TypeDesc = td!(
        "staticmethod",
        Some(T::Object),
        NO_METHODS,
        Some(class::staticmethod_new)
    );
    static SUPER: TypeDesc = td!("super", Some(T::Object), NO_METHODS, Some(class::super_new));
    static ELLIPSIS: TypeDesc = td!("ellipsis", Some(T::Object));
    static NOTIMPL: TypeDesc = td!("NotImplementedType", Some(T::Object));
    static ENUMERATE: TypeDesc = td!(
        "enumerate",
        Some(T::Object),
        seq::ITER_METHODS,
        Some(iter::enumerate_new)
    );
    static ZIP: TypeDesc = td!(
        "zip",
        Some(T::Object),
        seq::ITER_METHODS,
        Some(iter::zip_new)
    );
    static MAP: TypeDesc = td!(
        "map",
        Some(T::Object),
        seq::ITER_METHODS,
        Some(iter::map_new)
    );
    static FILTER: TypeDesc = td!(
        "filter",
        Some(T::Object),
        seq::ITER_METHODS,
        Some(iter::filter_new)
    );
    static REVERSED: TypeDesc = td!(
        "reversed",
        Some(T::Object),
        seq::ITER_METHODS,
        Some(corefns::builtin_reversed)
    );
    static DKEYS: TypeDesc = td!("dict_keys", Some(T::Object), set::VIEW_METHODS, None);
    static DVALUES: TypeDesc = td!("dict_values", Some(T::Object));
    static DITEMS: TypeDesc = td!("dict_items", Some(T::Object), set::VIEW_METHODS, None);
    static EXC_NEW: Option<crate::types::NativeFn> = Some(crate::builtins::exc_new);
    macro_rules! ex {
        ($n:literal, $b:expr) => {
            TypeDesc {
                name: $n,
                base: Some($b),
                methods: NO_METHODS,
                new: EXC_NEW,
            }
        };
    }
    static BASEEXC: TypeDesc = TypeDesc {
        name: "BaseException",
        base: Some(T::Object),
        methods: exc::METHODS,
        new: EXC_NEW,
    };
    static EXCEPTION: TypeDesc = ex!("Exception", T::BaseException);
    static ARITH: TypeDesc = ex!("ArithmeticError", T::Exception);
    static ASSERT: TypeDesc = ex!("AssertionError", T::Exception);
    static ATTR: TypeDesc = ex!("AttributeError", T::Exception);
    static EOF: TypeDesc = ex!("EOFError", T::Exception);
    static GENEXIT: TypeDesc = ex!("GeneratorExit", T::BaseException);
    static IMPORT: TypeDesc = ex!("ImportError", T::Exception);
    static INDEX: TypeDesc = ex!("IndexError", T::LookupError);
    static KEY: TypeDesc = ex!("KeyError", T::LookupError);
    static KBINT: TypeDesc = ex!("KeyboardInterrupt", T::BaseException);
    static LOOKUP: TypeDesc = ex!("LookupError", T::Exception);
    static MEMORY: TypeDesc = ex!("MemoryError", T::Exception);
    static NAME: TypeDesc = ex!("NameError", T::Exception);
    static NOTIMPLERR: TypeDesc = ex!("NotImplementedError", T::RuntimeError);
    static OS: TypeDesc = ex!("OSError", T::Exception);
    static OVERFLOW: TypeDesc = ex!("OverflowError", T::ArithmeticError);
    static RUNTIME: TypeDesc = ex!("RuntimeError", T::Exception);
    static STOPITER: TypeDesc = ex!("StopIteration", T::Exception);
    static STOPASYNC: TypeDesc = ex!("StopAsyncIteration", T::Exception);
    static SYNTAX: TypeDesc = ex!("SyntaxError", T::Exception);
    static SYSEXIT: TypeDesc = ex!("SystemExit", T::BaseException);
    static TYPEERR: TypeDesc = ex!("TypeError", T::Exception);
    static UNICODE: TypeDesc = ex!("UnicodeError", T::ValueError);
    static VALUE: TypeDesc = ex!("ValueError", T::Exception);
    static ZERODIV: TypeDesc = ex!("ZeroDivisionError", T::ArithmeticError);
    static RECURSION: TypeDesc = ex!("RecursionError", T::RuntimeError);
    static UNBOUND: TypeDesc = ex!("UnboundLocalError", T::NameError);
    static INDENT: TypeDesc = ex!("IndentationError", T::SyntaxError);
    static FNF: TypeDesc = ex!("FileNotFoundError", T::OSError);
    static MNF: TypeDesc = ex!("ModuleNotFoundError", T::ImportError);
    static X_PERMISSIONERROR: TypeDesc = ex!("PermissionError", T::OSError);
    static X_FILEEXISTSERROR: TypeDesc = ex!("FileExistsError", T::OSError);
    static X_ISADIRECTORYERROR: TypeDesc = ex!("IsADirectoryError", T::OSError);
    static X_NOTADIRECTORYERROR: TypeDesc = ex!("NotADirectoryError", T::OSError);
    static X_TIMEOUTERROR: TypeDesc = ex!("TimeoutError", T::OSError);
    static X_CONNECTIONERROR: TypeDesc = ex!("ConnectionError", T::OSError);
    static X_BROKENPIPEERROR: TypeDesc = ex!("BrokenPipeError", T::ConnectionError);
    static X_CONNECTIONRESETERROR: TypeDesc = ex!("ConnectionResetError", T::ConnectionError);
    static X_CONNECTIONREFUSEDERROR: TypeDesc = ex!("ConnectionRefusedError", T::ConnectionError);
    static X_CONNECTIONABORTEDERROR: TypeDesc = ex!("ConnectionAbortedError", T::ConnectionError);
    static X_INTERRUPTEDERROR: TypeDesc = ex!("InterruptedError", T::OSError);
    static X_BLOCKINGIOERROR: TypeDesc = ex!("BlockingIOError", T::OSError);
    static X_CHILDPROCESSERROR: TypeDesc = ex!("ChildProcessError", T::OSError);
    static X_PROCESSLOOKUPERROR: TypeDesc = ex!("ProcessLookupError", T::OSError);
    static X_UNICODEDECODEERROR: TypeDesc = ex!("UnicodeDecodeError", T::UnicodeError);
    static X_UNICODEENCODEERROR: TypeDesc = ex!("UnicodeEncodeError", T::UnicodeError);
    static X_TABERROR: TypeDesc = ex!("TabError", T::IndentationError);
    static X_REFERENCEERROR: TypeDesc = ex!("ReferenceError", T::Exception);
    static X_BUFFERERROR: TypeDesc = ex!("BufferError", T::Exception);
    static X_FLOATINGPOINTERROR: TypeDesc = ex!("FloatingPointError", T::ArithmeticError);
    static X_WARNING: TypeDesc = ex!("Warning", T::Exception);
    static X_USERWARNING: TypeDesc = ex!("UserWarning", T::Warning);
    static X_DEPRECATIONWARNING: TypeDesc = ex!("DeprecationWarning", T::Warning);
    static X_RUNTIMEWARNING: TypeDesc = ex!("RuntimeWarning", T::Warning);
    static X_SYNTAXWARNING: TypeDesc = ex!("SyntaxWarning", T::Warning);
    static X_FUTUREWARNING: TypeDesc = ex!("FutureWarning", T::Warning);
    static X_PENDINGDEPRECATIONWARNING: TypeDesc = ex!("PendingDeprecationWarning", T::Warning);
    static X_IMPORTWARNING: TypeDesc = ex!("ImportWarning", T::Warning);
    static X_UNICODEWARNING: TypeDesc = ex!("UnicodeWarning", T::Warning);
    static X_BYTESWARNING: TypeDesc = ex!("BytesWarning", T::Warning);
    static X_RESOURCEWARNING: TypeDesc = ex!("ResourceWarning", T::Warning);
    static X_ENCODINGWARNING: TypeDesc = ex!("EncodingWarning", T::Warning);
    match t {
        T::Object => &OBJECT,
        T::Type => &TYPE,
        T::NoneType => &NONE,
        T::Bool => &BOOL,
        T::Int => &INT,
        T::Float => &FLOAT,
        T::Str => &STR,
        T::Bytes => &BYTES,
        T::ByteArray => &BYTEARRAY,
        T::MemoryView => &MEMORYVIEW,
        T::Complex => &COMPLEX,
        T::Tuple => &TUPLE,
        T::List => &LIST,
        T::Dict => &DICT,
        T::Set => &SET,
        T::FrozenSet => &FROZENSET,
        T::Range => &RANGE,
        T::Slice => &SLICE,
        T::Function => &FUNCTION,
        T::BuiltinFunction => &BUILTIN,
        T::BoundMethod => &BOUND,
        T::Module => &MODULE,
        T::Cell => &CELL,
        T::Code => &CODE,
        T::Generator => &GENERATOR,
        T::Coroutine => &COROUTINE,
        T::Iterator => &ITERATOR,
        T::Property => &PROPERTY,
        T::ClassMethod => &CLASSMETHOD,
        T::StaticMethod => &STATICMETHOD,
        T::Super => &SUPER,
        T::EllipsisType => &ELLIPSIS,
        T::NotImplementedType => &NOTIMPL,
        T::Enumerate => &ENUMERATE,
        T::Zip => &ZIP,
        T::Map => &MAP,
        T::Filter => &FILTER,
        T::Reversed => &REVERSED,
        T::DictKeys => &DKEYS,
        T::DictValues => &DVALUES,
        T::DictItems => &DITEMS,
        T::BaseException => &BASEEXC,
        T::Exception => &EXCEPTION,
        T::ArithmeticError => &ARITH,
        T::AssertionError => &ASSERT,
        T::AttributeError => &ATTR,
        T::EOFError => &EOF,
        T::GeneratorExit => &GENEXIT,
        T::ImportError => &IMPORT,
        T::IndexError => &INDEX,
        T::KeyError => &KEY,
        T::KeyboardInterrupt => &KBINT,
        T::LookupError => &LOOKUP,
        T::MemoryError => &MEMORY,
        T::NameError => &NAME,
        T::NotImplementedError => &NOTIMPLERR,
        T::OSError => &OS,
        T::OverflowError => &OVERFLOW,
        T::RuntimeError => &RUNTIME,
        T::StopIteration => &STOPITER,
        T::StopAsyncIteration => &STOPASYNC,
        T::SyntaxError => &SYNTAX,
        T::SystemExit => &SYSEXIT,
        T::TypeError => &TYPEERR,
        T::UnicodeError => &UNICODE,
        T::ValueError => &VALUE,
        T::ZeroDivisionError => &ZERODIV,
        T::RecursionError => &RECURSION,
        T::UnboundLocalError => &UNBOUND,
        T::IndentationError => &INDENT,
        T::FileNotFoundError => &FNF,
        T::ModuleNotFoundError => &MNF,
        T::PermissionError => &X_PERMISSIONERROR,
        T::FileExistsError => &X_FILEEXISTSERROR,
        T::IsADirectoryError => &X_ISADIRECTORYERROR,
        T::NotADirectoryError => &X_NOTADIRECTORYERROR,
        T::TimeoutError => &X_TIMEOUTERROR,
        T::ConnectionError => &X_CONNECTIONERROR,
        T::BrokenPipeError => &X_BROKENPIPEERROR,
        T::ConnectionResetError => &X_CONNECTIONRESETERROR,
        T::ConnectionRefusedError => &X_CONNECTIONREFUSEDERROR,
        T::ConnectionAbortedError => &X_CONNECTIONABORTEDERROR,
        T::InterruptedError => &X_INTERRUPTEDERROR,
        T::BlockingIOError => &X_BLOCKINGIOERROR,
        T::ChildProcessError => &X_CHILDPROCESSERROR,
        T::ProcessLookupError => &X_PROCESSLOOKUPERROR,
        T::UnicodeDecodeError => &X_UNICODEDECODEERROR,
        T::UnicodeEncodeError => &X_UNICODEENCODEERROR,
        T::TabError => &X_TABERROR,
        T::ReferenceError => &X_REFERENCEERROR,
        T::BufferError => &X_BUFFERERROR,
        T::FloatingPointError => &X_FLOATINGPOINTERROR,
        T::Warning => &X_WARNING,
        T::UserWarning => &X_USERWARNING,
        T::DeprecationWarning => &X_DEPRECATIONWARNING,
        T::RuntimeWarning => &X_RUNTIMEWARNING,
        T::SyntaxWarning => &X_SYNTAXWARNING,
        T::FutureWarning => &X_FUTUREWARNING,
        T::PendingDeprecationWarning => &X_PENDINGDEPRECATIONWARNING,
        T::ImportWarning => &X_IMPORTWARNING,
        T::UnicodeWarning => &X_UNICODEWARNING,
        T::BytesWarning => &X_BYTESWARNING,
        T::ResourceWarning => &X_RESOURCEWARNING,
        T::EncodingWarning => &X_ENCODINGWARNING,
    }
}

/// The qstr id of a builtin type's name, for the builtins dict.
pub fn type_qstr(t: TypeId) -> Option<u32> {
    crate::qstr::find_static(desc(t).name)
}

impl Vm {
    /// The type of any value (a static type or a class reference).
    pub fn type_of(&self, v: Value) -> Value {
        use TypeId as T;
        if v.is_int() {
            return T::Int.value();
        }
        if v.is_float() {
            return T::Float.value();
        }
        if v.is_qstr() {
            return T::Str.value();
        }
        if let Some(r) = v.as_ref() {
            let t = match self.heap.kind(r) {
                kind::STR => T::Str,
                kind::TUPLE => T::Tuple,
                kind::LIST => T::List,
                kind::DICT => T::Dict,
                kind::SET => T::Set,
                kind::FROZENSET => T::FrozenSet,
                kind::FUNC => T::Function,
                kind::CODE => T::Code,
                kind::CLASS => return self.slot(v, class::METACLASS),
                kind::INSTANCE | kind::EXC => {
                    return self.heap.get(r, 0).unwrap_or(T::Object.value())
                }
                kind::CELL => T::Cell,
                kind::BOUND => T::BoundMethod,
                kind::NATIVE_BOUND => T::BuiltinFunction,
                kind::MODULE => T::Module,
                kind::RANGE => T::Range,
                kind::GEN if coro::is_coroutine(self, v) => T::Coroutine,
                kind::GEN => T::Generator,
                kind::SLICE => T::Slice,
                kind::BIGINT => T::Int,
                kind::BYTES => T::Bytes,
                kind::BYTEARRAY => T::ByteArray,
                kind::MEMORYVIEW => T::MemoryView,
                kind::COMPLEX => T::Complex,
                kind::PROPERTY => T::Property,
                kind::CLASSMETHOD => T::ClassMethod,
                kind::STATICMETHOD => T::StaticMethod,
                kind::SUPER => T::Super,
                kind::ENUMERATE => T::Enumerate,
                kind::ZIP => T::Zip,
                kind::MAP => T::Map,
                kind::FILTER => T::Filter,
                kind::REVERSED => T::Reversed,
                kind::DICT_VIEW => match self.heap.get(r, 1).and_then(|m| m.as_int()) {
                    Some(0) => T::DictKeys,
                    Some(1) => T::DictValues,
                    _ => T::DictItems,
                },
                _ => T::Iterator,
            };
            return t.value();
        }
        if v.as_bool().is_some() {
            return T::Bool.value();
        }
        if v.is_none() {
            return T::NoneType.value();
        }
        match v.as_static() {
            Some((crate::types::SK_TYPE, _)) => T::Type.value(),
            Some(_) => T::BuiltinFunction.value(),
            None => {
                if v == Value::ELLIPSIS {
                    T::EllipsisType.value()
                } else if v == Value::NOT_IMPLEMENTED {
                    T::NotImplementedType.value()
                } else {
                    T::Object.value()
                }
            }
        }
    }

    /// Whether `v` is a type (builtin or class).
    pub fn is_type(&self, v: Value) -> bool {
        TypeId::from_value(v).is_some() || self.kind_of(v) == kind::CLASS
    }

    /// `issubclass(a, b)` for type values.
    pub fn is_subclass(&self, a: Value, b: Value) -> bool {
        if a == b || b == TypeId::Object.value() {
            return true;
        }
        if let Some(ta) = TypeId::from_value(a) {
            return match TypeId::from_value(b) {
                Some(tb) => ta.is_subtype(tb),
                None => false,
            };
        }
        if self.kind_of(a) == kind::CLASS {
            let mro = self.slot(a, class::MRO);
            for i in 0..tuple::len(self, mro) {
                let m = self.tuple_get(mro, i);
                if m == b {
                    return true;
                }
                if let (Some(tm), Some(tb)) = (TypeId::from_value(m), TypeId::from_value(b)) {
                    if tm.is_subtype(tb) {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// `isinstance(v, t)` for a type value `t`.
    pub fn is_instance(&self, v: Value, t: Value) -> bool {
        let vt = self.type_of(v);
        self.is_subclass(vt, t)
    }

    /// The builtin type at the root of a value's type (its layout).
    pub fn builtin_base(&self, t: Value) -> TypeId {
        if let Some(id) = TypeId::from_value(t) {
            return id;
        }
        TypeId::from_value(self.slot(t, class::BUILTIN_BASE)).unwrap_or(TypeId::Object)
    }
}

/// Name of the `__name__` attribute.
pub const NAME_Q: u32 = q::D_NAME;
