# For PycTablesTest: compiles functions that exercise the exception and location tables and prints
# "MARSHAL <hex of the module code>", then for each code object (depth first) "CODE <qualname>",
# its exception table ("EXC start end target depth lasti", byte offsets, from dis), its co_positions()
# ("POS line end_line col end_col", -1 for None) and its co_lines() ("LINES start end line").
import dis
import marshal

LONG_EXPRESSION = ' + '.join('value_%d' % i for i in range(40))

SOURCE = '''
def simple(a, b):
    return a + b

def handlers(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        y = None
    except (TypeError, ValueError):
        raise
    else:
        y += 1
    finally:
        x = 0
    return y

def loops(path):
    with open(path) as f, open(path) as g:
        for line in f:
            if line:
                continue
            while g:
                break
    return [c for c in path if c], {c: 1 for c in path}

async def coroutines(n):
    async with n as m:
        async for i in m:
            await i
    try:
        await n
    except* ValueError:
        pass

def generator(n):
    yield from range(n)
    yield (yield n)

def multiline(a,
              b):
    return (a
            +
            b), lambda: (
        a, b)

def long_line(%s):
    return %s
%s
def far_away(x):
    if x:
        return 1
    return 2

class C:
    def method(self):
        return super().method()
''' % (', '.join('value_%d' % i for i in range(40)), LONG_EXPRESSION, '\\n' * 3000)

CODE = type(compile('', '', 'exec'))


def walk(code):
    yield code
    for c in code.co_consts:
        if type(c) is CODE:
            yield from walk(c)


def none_as(v):
    return -1 if v is None else v


module = compile(SOURCE.replace('\\n', '\n'), 'tables_test.py', 'exec')
print('MARSHAL', marshal.dumps(module).hex())
for c in walk(module):
    print('CODE', c.co_qualname)
    for e in dis._parse_exception_table(c):
        print('EXC', e.start, e.end, e.target, e.depth, int(e.lasti))
    for p in c.co_positions():
        print('POS', *map(none_as, p))
    for start, end, line in c.co_lines():
        print('LINES', start, end, none_as(line))
