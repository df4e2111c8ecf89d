# Marshal test cases for MarshalTest. Prints one line per case: the marshal data in hex, a tab, and
# what marshal.loads makes of it, in the canonical form MarshalTest.describe also computes.
import marshal
import struct
import sys


def reffable(x):
    """Objects whose identity only marshal references decide (no caching by CPython or Java)."""
    t = type(x)
    if t is int:
        return not -128 <= x <= 256
    if t is bytes:
        return len(x) > 1
    if t in (tuple, frozenset):
        return len(x) > 0
    return t in (float, complex, list, dict, set, type(reffable.__code__))


def bits(f):
    return struct.pack('<d', f).hex()


def describe(x, seen, keep):
    if reffable(x):
        if id(x) in seen:
            return '@%d' % seen[id(x)]
        seen[id(x)] = len(seen)
        keep.append(x)
    t = type(x)
    if x is None or x is ... or x is StopIteration or t is bool:
        return repr(x)
    if t is int:
        return 'int:%d' % x
    if t is float:
        return 'float:' + bits(x)
    if t is complex:
        return 'complex:%s,%s' % (bits(x.real), bits(x.imag))
    if t is bytes:
        return 'bytes:' + x.hex()
    if t is str:
        return 'str:' + ','.join('%x' % ord(c) for c in x)
    if t is tuple:
        return '(' + ' '.join(describe(i, seen, keep) for i in x) + ')'
    if t is list:
        return '[' + ' '.join(describe(i, seen, keep) for i in x) + ']'
    if t is dict:
        return '{' + ' '.join(describe(k, seen, keep) + ':' + describe(v, seen, keep) for k, v in x.items()) + '}'
    if t in (set, frozenset):
        # iteration order is the hash table's; compare sorted, each item on its own
        return t.__name__ + '{' + ' '.join(sorted(describe(i, {}, []) for i in x)) + '}'
    if t is type(reffable.__code__):
        return 'code<' + ' '.join([describe(x.co_name, seen, keep)] + [describe(c, seen, keep) for c in x.co_consts]) + '>'
    raise TypeError(t)


def runtime(s):
    """A str that is not interned (literals that look like names are)."""
    return ''.join(list(s))


def values():
    shared_float = 1.5
    shared_big = 2 ** 100
    shared_tuple = (1, runtime('two'))
    shared_list = [1]
    self_list = [1]
    self_list.append(self_list)
    self_dict = {}
    self_dict['self'] = self_dict
    shared_frozenset = frozenset({1, 2})
    code = compile('def f(x):\n    return (x, 1.5, "s", (1, 2))\n', 'm.py', 'exec')
    return [
        None, True, False, ..., StopIteration,
        0, 1, -1, 255, -256, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1, 2 ** 45, -2 ** 45,
        2 ** 60 - 1, 2 ** 60, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 3 ** 100, -7 ** 77,
        0.0, -0.0, 1.5, -2.25e-300, 1e-320, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'),
        0j, 1 + 2j, complex(-0.0, float('-inf')), complex(float('nan'), 1),
        b'', b'\x00', b'\x00\xff\'"abc' * 20,
        '', 'a', runtime('not interned'), sys.intern(runtime('interned')), runtime('x' * 300),
        sys.intern(runtime('y' * 300)), '\xe9', 'na\xefve caf\xe9', '\u65e5\u672c\u8a9e', '\U0001F600',
        'a\U0010FFFFb', '\ud800', 'x\udfffy', sys.intern(runtime('\xfcn\xefcode')), '\xe9' * 300,
        (), (1,), (1, 'a', None), ((1, 2), (3, (4, (5,)))), tuple(range(300)),
        [], [1, [2, [3]]], {}, {'a': 1, (1, 2): [3], 4.5: None}, set(), {1, 2, 3},
        frozenset(), frozenset({1, 'a', (2, 3)}), {frozenset({1})},
        (shared_float, shared_float), (shared_big, shared_big), (shared_tuple, [shared_tuple]),
        (shared_list, shared_list), self_list, self_dict, (shared_frozenset, shared_frozenset),
        code, (code, code),
    ]


def handmade():
    """Shapes CPython 3.13 reads but no longer writes, and edge cases of the format."""
    return [
        b'I' + struct.pack('<q', 2 ** 40), b'I' + struct.pack('<q', -2 ** 63),
        b'l\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x05\x00', b'l\xff\xff\xff\xff\x05\x00',
        b'f\x03inf', b'f\x04-nan', b'f\x08Infinity', b'f\x041E+5', b'f\x02.5', b'f\x025.',
        b'x\x031.5\x04-inf',
        b'{i\x01\x00\x00\x000',  # a NULL value ends the dict and drops its key
        b'a\x02\x00\x00\x00\xe9\xff',  # the ASCII types are read as Latin-1, unchecked
        b')\x02\xe9\xe8\x03\x00\x00r\x00\x00\x00\x00',  # FLAG_REF on an int, then a reference to it
        b')\x02\xc9\x00\x00\x00\x00\x00\x00\xf0\x7fr\x00\x00\x00\x00',  # the same for an int64
    ]


def cases():
    for v in values():
        for version in range(5):
            try:
                yield marshal.dumps(v, version)
            except ValueError:
                pass  # self-referencing containers need references (version 3+)
    yield from handmade()


for data in cases():
    print(data.hex() + '\t' + describe(marshal.loads(data), {}, []))
