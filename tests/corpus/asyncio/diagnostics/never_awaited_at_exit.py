# A coroutine never awaited that lives until the program ends: its warning
# comes at shutdown, from "sys:1", with no source line.
import asyncio
c = asyncio.sleep(0)
print("end")
