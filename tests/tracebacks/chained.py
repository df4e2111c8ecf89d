def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot parse " + repr(text)) from e


def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except RuntimeError:
            if item == "":
                continue
            raise
    return out


print(load(["1", "", "2"]))
try:
    load(["x"])
except RuntimeError as e:
    print("caught", e)
    try:
        {}["missing"]
    except KeyError:
        pass
load(["3", "oops"])
