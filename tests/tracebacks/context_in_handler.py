def cleanup():
    return 1 / 0


try:
    [][1]
except IndexError:
    cleanup()
