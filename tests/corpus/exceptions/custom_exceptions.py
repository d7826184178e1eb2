class AppError(Exception):
    """Base class for the application's errors."""


class NotFound(AppError):
    def __init__(self, resource, ident):
        super().__init__(f"{resource} {ident} not found")
        self.resource = resource
        self.ident = ident


class RateLimited(AppError):
    def __str__(self):
        return "slow down!"


for exc in [NotFound("user", 42), RateLimited(), AppError("generic", 1)]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, "|", e.resource, e.ident, "|", e.args)
    except AppError as e:
        print(type(e).__name__, "->", e, "|", repr(e), "|", e.args)
