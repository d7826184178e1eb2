# Token.MISSING is the old value of a first set; a ContextVar's repr
# carries its address, which shows in the LookupError of a missing value.
import contextvars

user = contextvars.ContextVar("user")
level = contextvars.ContextVar("level", default=1)
token = user.set("ann")
print(token.old_value, token.old_value is contextvars.Token.MISSING)
print(level.set(2).old_value)
user.reset(token)
print(user.get("nobody"))
user.get()
