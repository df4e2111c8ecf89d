# Class body execution: runs once, its namespace becomes the dict; scoping rules.
x = "global x"
q = "global q"
log = []


class A:
    log.append("body start")
    x = "class x"
    y = x + "!"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    log.append("body end")

    def get_x(self):
        return x

    for i in range(3):
        log.append(i)
    del i


print(log)
print(A.y, A.doubled)
print(A().get_x())
print(hasattr(A, "i"))


def outer():
    z = "closure z"

    q = "closure q"

    class B:
        w = z
        v = q
        q = "class q"

        def m(self):
            return z + "/" + q
    return B


B = outer()
print(B.w, B.v, B.q, B().m())


class C:
    n = 10
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)


print(C.err)


class D:
    if True:
        cond = "yes"
    else:
        cond = "no"
    vals = {k: v for k, v in zip("ab", (1, 2))}


print(D.cond, D.vals)
print(sorted([k for k in vars(D) if not k.startswith("__")]))
