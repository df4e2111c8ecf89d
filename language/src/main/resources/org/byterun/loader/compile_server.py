# ByteRun's compile server: CPython 3.13 compiles source for the JVM, one request at a time.
# Protocol (big-endian; str = int32 length + UTF-8, length -1 = None), see CompileServer.java:
#   hello:   str "byterun-compile-server/1 <implementation> <major>.<minor>.<micro>"
#   request: str source, str filename, str mode, int32 flags, byte dont_inherit, int32 optimize
#   reply:   byte 0, int32 length, marshal.dumps(code), str warnings (as CPython prints them, "" if none)
#        or  byte 1, str type, msg, filename, lineno, offset, text, end_lineno, end_offset, formatted
import _signal
import marshal
import sys
import warnings

PROTOCOL = "byterun-compile-server/2"


def read_exact(n):
    data = bytearray()
    while len(data) < n:
        chunk = stdin.read(n - len(data))
        if not chunk:
            raise EOFError  # the JVM closed the pipe: time to go
        data += chunk
    return bytes(data)


def read_int():
    return int.from_bytes(read_exact(4), "big", signed=True)


def read_str():
    return read_exact(read_int()).decode("utf-8", "surrogatepass")


def pack_int(value):
    return value.to_bytes(4, "big", signed=True)


def pack_str(value):
    if value is None:
        return pack_int(-1)
    data = str(value).encode("utf-8", "surrogatepass")
    return pack_int(len(data)) + data


def error_reply(exc):
    import traceback  # only on the first error: it costs more than the rest of start-up
    formatted = "".join(traceback.format_exception_only(exc))
    if isinstance(exc, SyntaxError):
        fields = (exc.msg, exc.filename, exc.lineno, exc.offset, exc.text, exc.end_lineno, exc.end_offset)
    else:
        fields = (str(exc), None, None, None, None, None, None)
    return b"\1" + b"".join(pack_str(f) for f in (type(exc).__name__, *fields, formatted))


def render_warnings(caught, source, filename):
    """The warnings as CPython's default showwarning prints them; the source line comes from the
    source compiled (what CPython reads back from the file), and pseudo-files like <string> have none."""
    lines = source.splitlines() if not filename.startswith("<") else []
    out = []
    for w in caught:
        if w.filename != filename:
            # raised while folding constants (~True's DeprecationWarning) and attributed to this server's
            # frame; CPython compiling a script has no frame then, and its filters ignore such warnings
            continue
        out.append("%s:%s: %s: %s\n" % (w.filename, w.lineno, w.category.__name__, w.message))
        if 1 <= w.lineno <= len(lines) and lines[w.lineno - 1].strip():
            out.append("  %s\n" % lines[w.lineno - 1].strip())
    return "".join(out)


def handle(source, filename, mode, flags, dont_inherit, optimize):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # each compile is a fresh CPython's first, so nothing is suppressed
            code = compile(source, filename, mode, flags, dont_inherit, optimize)
        if not isinstance(code, type(handle.__code__)):
            raise TypeError("compile() flags %#x give %s, not a code object" % (flags, type(code).__name__))
        data = marshal.dumps(code)
    except Exception as exc:  # SyntaxError and its kin, ValueError, RecursionError, MemoryError, ...
        return error_reply(exc)
    return b"\0" + pack_int(len(data)) + data + pack_str(render_warnings(caught, source, filename))


def serve():
    out.write(pack_str("%s %s %d.%d.%d" % (PROTOCOL, sys.implementation.name, *sys.version_info[:3])))
    out.flush()
    while True:
        source, filename, mode = read_str(), read_str(), read_str()
        flags, dont_inherit, optimize = read_int(), read_exact(1) != b"\0", read_int()
        out.write(handle(source, filename, mode, flags, dont_inherit, optimize))
        out.flush()


# Ctrl-C reaches the whole process group; the JVM decides what it means, so no KeyboardInterrupt here.
_signal.signal(_signal.SIGINT, _signal.SIG_IGN)
# Buffered streams plus explicit flushes, not -u: under -u stdout is a raw FileIO whose write() may be partial.
stdin, out = sys.stdin.buffer, sys.stdout.buffer
sys.stdout = sys.stderr  # nothing but replies may reach the pipe
try:
    serve()
except (EOFError, BrokenPipeError):
    import os
    os._exit(0)  # skips flushing a pipe nobody reads any more
