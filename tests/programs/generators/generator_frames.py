# gi_frame/cr_frame: the frame of a suspended generator (f_lineno, f_lasti, f_locals, f_code, f_back).
def gen(a):
    x = a + 1
    yield x
    y = x * 2
    yield y

g = gen(5)
f = g.gi_frame
print(f.f_lineno, f.f_lasti, sorted(f.f_locals.items()), f.f_code is gen.__code__, f.f_back, f.f_globals is globals())
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_lasti, sorted(g.gi_frame.f_locals.items()), g.gi_frame is f, type(f).__name__)
next(g)
print(f.f_lineno, sorted(f.f_locals.items()))
list(g)
print(g.gi_frame)
async def co():
    pass
c = co()
print(c.cr_frame.f_lineno, c.cr_frame.f_code.co_name)
c.close()
print(repr(f).startswith("<frame at 0x"), repr(f).endswith("code gen>"))
