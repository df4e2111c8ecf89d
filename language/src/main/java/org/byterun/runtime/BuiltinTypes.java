package org.byterun.runtime;

/** The builtin types and the builtin exception hierarchy, shared by all contexts. */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    public static final PyType OBJECT = new PyType("object", null);
    public static final PyType TYPE = new PyType("type", OBJECT);
    public static final PyType INT = new PyType("int", OBJECT);
    public static final PyType BOOL = new PyType("bool", INT);
    public static final PyType FLOAT = new PyType("float", OBJECT);
    public static final PyType COMPLEX = new PyType("complex", OBJECT);
    public static final PyType STR = new PyType("str", OBJECT);
    public static final PyType BYTES = new PyType("bytes", OBJECT);
    public static final PyType BYTEARRAY = new PyType("bytearray", OBJECT);
    public static final PyType TUPLE = new PyType("tuple", OBJECT);
    public static final PyType LIST = new PyType("list", OBJECT);
    public static final PyType DICT = new PyType("dict", OBJECT);
    public static final PyType SET = new PyType("set", OBJECT);
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT);
    public static final PyType RANGE = new PyType("range", OBJECT);
    public static final PyType SLICE = new PyType("slice", OBJECT);
    public static final PyType NONE_TYPE = new PyType("NoneType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", OBJECT);
    public static final PyType FUNCTION = new PyType("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = new PyType("method", OBJECT);
    public static final PyType CODE = new PyType("code", OBJECT);
    public static final PyType MODULE = new PyType("module", OBJECT);
    public static final PyType CELL = new PyType("cell", OBJECT);
    public static final PyType LIST_ITERATOR = new PyType("list_iterator", OBJECT);
    public static final PyType TUPLE_ITERATOR = new PyType("tuple_iterator", OBJECT);
    public static final PyType RANGE_ITERATOR = new PyType("range_iterator", OBJECT);
    public static final PyType STR_ITERATOR = new PyType("str_ascii_iterator", OBJECT);
    public static final PyType DICT_KEY_ITERATOR = new PyType("dict_keyiterator", OBJECT);
    public static final PyType SET_ITERATOR = new PyType("set_iterator", OBJECT);
    public static final PyType ENUMERATE = new PyType("enumerate", OBJECT);
    public static final PyType ZIP = new PyType("zip", OBJECT);
    public static final PyType MAP = new PyType("map", OBJECT);
    public static final PyType FILTER = new PyType("filter", OBJECT);
    public static final PyType REVERSED = new PyType("reversed", OBJECT);
    public static final PyType LIST_REVERSE_ITERATOR = new PyType("list_reverseiterator", OBJECT);
    public static final PyType DICT_REVERSE_KEY_ITERATOR = new PyType("dict_reversekeyiterator", OBJECT);
    public static final PyType SEQUENCE_ITERATOR = new PyType("iterator", OBJECT);
    public static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", OBJECT);
    public static final PyType FOREIGN = new PyType("foreign", OBJECT);
    public static final PyType TEXT_IO_WRAPPER = new PyType("TextIOWrapper", OBJECT);
    public static final PyType SIMPLE_NAMESPACE = new PyType("SimpleNamespace", OBJECT);
    public static final PyType MAPPING_PROXY = new PyType("mappingproxy", OBJECT);
    public static final PyType PROPERTY = new PyType("property", OBJECT);
    public static final PyType CLASSMETHOD = new PyType("classmethod", OBJECT);
    public static final PyType STATICMETHOD = new PyType("staticmethod", OBJECT);
    public static final PyType SUPER = new PyType("super", OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = new PyType("member_descriptor", OBJECT);
    public static final PyType GENERIC_ALIAS = new PyType("GenericAlias", OBJECT);
    public static final PyType GENERATOR = new PyType("generator", OBJECT);
    public static final PyType COROUTINE = new PyType("coroutine", OBJECT);
    public static final PyType COROUTINE_WRAPPER = new PyType("coroutine_wrapper", OBJECT);
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator", OBJECT);
    public static final PyType ASYNC_GENERATOR_ASEND = new PyType("async_generator_asend", OBJECT);
    public static final PyType ASYNC_GENERATOR_ATHROW = new PyType("async_generator_athrow", OBJECT);
    public static final PyType ANEXT_AWAITABLE = new PyType("anext_awaitable", OBJECT);
    public static final PyType FRAME = new PyType("frame", OBJECT);
    public static final PyType TYPE_VAR = new PyType("TypeVar", OBJECT);
    public static final PyType TYPE_VAR_TUPLE = new PyType("TypeVarTuple", OBJECT);
    public static final PyType PARAM_SPEC = new PyType("ParamSpec", OBJECT);
    public static final PyType TYPE_ALIAS_TYPE = new PyType("TypeAliasType", OBJECT);

    public static final PyType BASE_EXCEPTION = new PyType("BaseException", OBJECT);
    public static final PyType SYSTEM_EXIT = new PyType("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = new PyType("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = new PyType("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = new PyType("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = new PyType("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = new PyType("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = new PyType("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = new PyType("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = new PyType("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = new PyType("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = new PyType("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = new PyType("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = new PyType("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = new PyType("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = new PyType("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = new PyType("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = new PyType("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = new PyType("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = new PyType("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = new PyType("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = new PyType("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = new PyType("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = new PyType("OSError", EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = new PyType("FileNotFoundError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = new PyType("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = new PyType("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = new PyType("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = new PyType("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = new PyType("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = new PyType("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = new PyType("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = new PyType("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = new PyType("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = new PyType("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = new PyType("UnicodeError", VALUE_ERROR);
    // the rest of CPython 3.13's builtin exception tree (exception groups come with except*)
    public static final PyType BLOCKING_IO_ERROR = new PyType("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = new PyType("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = new PyType("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = new PyType("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = new PyType("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = new PyType("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = new PyType("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = new PyType("FileExistsError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = new PyType("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = new PyType("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = new PyType("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = new PyType("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = new PyType("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = new PyType("TimeoutError", OS_ERROR);
    public static final PyType PYTHON_FINALIZATION_ERROR = new PyType("PythonFinalizationError", RUNTIME_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = new PyType("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = new PyType("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = new PyType("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = new PyType("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = new PyType("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = new PyType("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = new PyType("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = new PyType("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = new PyType("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = new PyType("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = new PyType("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = new PyType("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = new PyType("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = new PyType("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = new PyType("UserWarning", WARNING);

    public static final PyType BASE_EXCEPTION_GROUP = new PyType("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = PyType.builtinWithBases("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);

    /** Every exception type, in the order they are published as builtins. */
    public static final PyType[] EXCEPTION_TYPES = {
        BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION, STOP_ITERATION, BASE_EXCEPTION_GROUP, EXCEPTION_GROUP,
        STOP_ASYNC_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
        ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
        LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR,
        FILE_NOT_FOUND_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR,
        SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR,
        BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR,
        CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, INTERRUPTED_ERROR,
        IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR, PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR,
        PYTHON_FINALIZATION_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR,
        WARNING, BYTES_WARNING, DEPRECATION_WARNING, ENCODING_WARNING, FUTURE_WARNING, IMPORT_WARNING,
        PENDING_DEPRECATION_WARNING, RESOURCE_WARNING, RUNTIME_WARNING, SYNTAX_WARNING, UNICODE_WARNING,
        USER_WARNING,
    };
}
