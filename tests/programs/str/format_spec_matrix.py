# A systematic sweep of format specs: align x sign x '#' x '0' x width x grouping x precision x type
def attempt(value, spec):
    try:
        return format(value, spec)
    except (ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)

values = [0, -42, 1234567, 3.5, -0.0, 1234.5678, 1e-5, 2 + 3j, "text"]
count = 0
for align in ["", "<", ">", "^", "=", "*^"]:
    for sign in ["", "+", " "]:
        for alt in ["", "#"]:
            for zero in ["", "0"]:
                for width in ["", "9"]:
                    for group in ["", ","]:
                        for prec in ["", ".2"]:
                            for t in ["", "d", "x", "f", "e", "g", "%", "s"]:
                                spec = align + sign + alt + zero + width + group + prec + t
                                results = [attempt(v, spec) for v in values]
                                count += 1
                                if count % 13 == 0:
                                    print(repr(spec), results)
print(count)
