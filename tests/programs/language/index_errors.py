for expr in ['"a"[x]', '(1,)[y]', '[1][x]', '"x" * 2**70', '"x" * -(2**70)', '[1] * 2**70', 'b"a"[x]', '[1, 2][5]', '"ab"[-3]', '(1,)[2**70]']:
    x = "x"
    y = 1.5
    try:
        print(eval(expr))
    except (TypeError, OverflowError, IndexError) as e:
        print(expr, type(e).__name__, e)
