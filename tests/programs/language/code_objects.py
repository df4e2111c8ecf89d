def f(a, b, /, c, *args, d, e=5, **kw):
    x = a + b

    def g():
        return x + c
    return g


co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals, co.co_firstlineno)
inner = f(1, 2, 3, d=4).__code__
print(inner.co_name, inner.co_qualname, inner.co_freevars, inner.co_varnames, inner.co_names)
print(co.co_flags & 0x4 != 0, co.co_flags & 0x8 != 0, type(co.co_code).__name__, len(co.co_code) % 2)
print(co.co_filename[-15:] == "code_objects.py", [c for c in co.co_consts if isinstance(c, int)])
