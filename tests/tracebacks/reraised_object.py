def fail():
    raise ValueError("bad")


try:
    fail()
except ValueError as e:
    saved = e


def again():
    raise saved


try:
    again()
finally:
    print("finally ran")
