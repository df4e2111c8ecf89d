# For StdlibPycLoadTest: loads each .pyc named on the command line with CPython's marshal and prints
# "FILE <path>", then one line per code object (depth first, consts in order) in the format that
# StdlibPycLoadTest.describe also computes.
import hashlib
import marshal
import sys

CODE = type(compile('', '', 'exec'))


def simple(v):
    if v is None or v is ... or type(v) in (bool, int, float, complex, str, bytes):
        return True
    return type(v) in (tuple, frozenset) and all(simple(i) for i in v)


def const_repr(v):
    """ascii() of simple consts; frozensets sorted, since their order depends on the hash seed."""
    if not simple(v):
        return '<' + type(v).__name__ + '>'
    if type(v) is tuple:
        return '(' + ', '.join(map(const_repr, v)) + (',)' if len(v) == 1 else ')')
    if type(v) is frozenset:
        return 'frozenset({' + ', '.join(sorted(map(const_repr, v))) + '})' if v else 'frozenset()'
    return ascii(v)


def sha(b):
    return hashlib.sha1(b).hexdigest()[:16]


def walk(code):
    yield code
    for c in code.co_consts:
        if type(c) is CODE:
            yield from walk(c)


for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        data = f.read()
    print('FILE', path)
    for c in walk(marshal.loads(data[16:])):
        print(' '.join([
            ascii(c.co_name), ascii(c.co_qualname), ascii(c.co_filename),
            'line=%d' % c.co_firstlineno,
            'code=%d:%s' % (len(c.co_code), sha(c.co_code)),
            'linetable=' + sha(c.co_linetable), 'exceptiontable=' + sha(c.co_exceptiontable),
            'args=%d/%d/%d' % (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount),
            'stack=%d' % c.co_stacksize, 'flags=%#x' % c.co_flags, 'nlocals=%d' % c.co_nlocals,
            'names=' + ascii(c.co_names), 'varnames=' + ascii(c.co_varnames),
            'cellvars=' + ascii(c.co_cellvars), 'freevars=' + ascii(c.co_freevars),
            'consts=[' + ', '.join(map(const_repr, c.co_consts)) + ']',
        ]))
