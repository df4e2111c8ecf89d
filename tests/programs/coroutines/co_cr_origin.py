# cr_origin is None unless origin tracking is enabled (sys.set_coroutine_origin_tracking_depth).
import sys


async def job():
    return 1


c = job()
print("cr_origin" in dir(c), c.cr_origin)
print(sys.get_coroutine_origin_tracking_depth())
c.close()
