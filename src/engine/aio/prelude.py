# The Python half of coroscope's asyncio. It runs in the `asyncio` module's
# namespace, on top of the native loop, Future and Task. Each function
# follows CPython 3.11's own pure-Python implementation step by step, so the
# handles, futures and tasks it creates (and their order) are the same.

import types as _types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def iscoroutine(obj):
    return type(obj) is _types.CoroutineType or type(obj) is _types.GeneratorType and _is_iterable_coro(obj)


def _is_iterable_coro(obj):
    return False


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


# TimerHandle's comparisons and hash (events.TimerHandle) are natives;
# the module installs these as its methods, Python functions being what
# operators and hashing dispatch to.
def _timer_handle_lt(self, other):
    return _timer_lt(self, other)


def _timer_handle_le(self, other):
    return _timer_le(self, other)


def _timer_handle_gt(self, other):
    return _timer_gt(self, other)


def _timer_handle_ge(self, other):
    return _timer_ge(self, other)


def _timer_handle_eq(self, other):
    return _timer_eq(self, other)


def _timer_handle_ne(self, other):
    return _timer_ne(self, other)


def _timer_handle_hash(self):
    return _timer_hash(self)


def isfuture(obj):
    return _is_future(obj)


def get_event_loop():
    return _get_event_loop()


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def all_tasks(loop=None):
    # Outside a loop CPython's all_tasks() fails in get_running_loop().
    if loop is None:
        get_running_loop()
    return set(_all_tasks_list())


# === sleep ===

@_types.coroutine
def __sleep0():
    yield


async def sleep(delay, result=None):
    if delay <= 0:
        await __sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


# === ensure_future, gather, shield ===

def ensure_future(coro_or_future, *, loop=None):
    return _ensure_future(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


def _ensure_future(coro_or_future):
    task = _task_for(coro_or_future)
    if task is not None:
        return task
    if isfuture(coro_or_future):
        return coro_or_future
    if not iscoroutine(coro_or_future):
        import inspect
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    loop = _get_event_loop()
    return loop.create_task(coro_or_future)


class _GatheringFuture(Future):
    # No `__init__` of its own: gather() sets `_children` and
    # `_cancel_requested` on the new future, so making it calls no Python
    # code from native code (a run can pause anywhere in gather).

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if not _gather_child_ok(outer, fut, return_exceptions):
            if outer is None or outer.done():
                if not fut.cancelled():
                    fut.exception()
                return

            if not return_exceptions:
                if fut.cancelled():
                    exc = _make_cancelled_error(fut)
                    outer.set_exception(exc)
                    return
                else:
                    exc = fut.exception()
                    if exc is not None:
                        outer.set_exception(exc)
                        return

        if nfinished == nfuts:
            results = _gather_results(children)
            if results is None:
                results = []
                for fut in children:
                    if fut.cancelled():
                        msg = _cancel_message(fut)
                        res = CancelledError('' if msg is None else msg)
                    else:
                        res = fut.exception()
                        if res is None:
                            res = fut.result()
                    results.append(res)
            else:
                fut = children[-1]

            if outer._cancel_requested:
                exc = _make_cancelled_error(fut)
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    children = []
    nfuts = 0
    nfinished = 0
    outer = None
    fast = _gather_tasks(coros_or_futures, _done_callback)
    if fast is not None:
        children, nfuts = fast
        coros_or_futures = ()
    arg_to_fut = {}
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg)
            if fut is not arg:
                _quiet_destroy(fut)
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture()
    outer._children = children
    outer._cancel_requested = False
    return outer


def shield(arg):
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = get_running_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# === wait_for, wait, as_completed ===

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _ReleaseWaiter:
    # functools.partial(_release_waiter, waiter): equal when the waiter is.

    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        _release_waiter(self.waiter, *args)

    def __eq__(self, other):
        return isinstance(other, _ReleaseWaiter) and other.waiter is self.waiter

    def __hash__(self):
        return id(self.waiter)


async def wait_for(fut, timeout):
    loop = get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _ReleaseWaiter(waiter)

    fut = ensure_future(fut)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop)
                raise

        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _ReleaseWaiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    done = Queue()
    loop = _get_event_loop()
    todo = set()
    for f in _unique(fs):
        todo.add(ensure_future(f))
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def _unique(fs):
    seen = []
    for f in fs:
        if not any(f is s for s in seen):
            seen.append(f)
    return seen


# === timeouts ===

class Timeout:

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f'when={when}')
        info_str = ' '.join(info)
        return f'<Timeout [{self._state}]{info_str}>'

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = 'active'
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# === TaskGroup ===

class TaskGroup:

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True

        if (exc is not None and
                self._is_base_error(exc) and
                self._base_error is None):
            self._base_error = exc

        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None

        if et is not None:
            if not self._aborting:
                self._abort()

        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error

        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error

        if et is not None and et is not CancelledError:
            self._errors.append(exc)

        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)

        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return

        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# === queues ===

# CPython's locks.py and queues.py keep their waiters in collections.deque.
from _collections import deque as _deque


# CPython's queues.py imports heapq the same way.
from heapq import heappush as _heappush, heappop as _heappop


# What `_queue_get` returns when it leaves the work to the code below it:
# a queue may hold None.
_NOTHING = object()


class _LoopBoundMixin:
    # mixins._LoopBoundMixin: a primitive binds to the loop it first waits
    # in, and refuses to wait in another (a module-level Lock or Queue
    # used by two asyncio.run calls).
    _loop = None

    # The waits below call this only when `self._loop` is not the running
    # loop: the same outcome as calling it every time, without a call (or
    # a local) on the path a queue or lock takes on every wait.
    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class Queue(_LoopBoundMixin):

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    async def put(self, item):
        if _queue_put(self, item):
            return None
        while self.full():
            if self._loop is not _get_running_loop():
                self._get_loop()
            putter = self._loop.create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        item = _queue_get(self, _NOTHING)
        if item is not _NOTHING:
            return item
        while self.empty():
            if self._loop is not _get_running_loop():
                self._get_loop()
            getter = self._loop.create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if _queue_task_done(self):
            return
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# === locks ===

class _ContextManagerMixin:

    async def __aenter__(self):
        if not _lock_acquire(self):
            await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        if not _lock_release(self):
            self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        res = super().__repr__()
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if _lock_acquire(self):
            return True
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True

        if self._waiters is None:
            self._waiters = _deque()
        if self._loop is not _get_running_loop():
            self._get_loop()
        fut = self._loop.create_future()
        self._waiters.append(fut)

        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        if _lock_release(self):
            return
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
            return


class Event(_LoopBoundMixin):

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        res = super().__repr__()
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        if self._loop is not _get_running_loop():
            self._get_loop()
        fut = self._loop.create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            if self._loop is not _get_running_loop():
                self._get_loop()
            fut = self._loop.create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        res = super().__repr__()
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = _deque()
        if self._loop is not _get_running_loop():
            self._get_loop()
        fut = self._loop.create_future()
        self._waiters.append(fut)

        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# === run ===

async def _aclose_asyncgen(agen):
    await agen.aclose()


def _finalize_asyncgen(agen):
    loop = get_running_loop()
    loop.call_soon(loop.create_task, agen.aclose())


async def _shutdown_asyncgens():
    gens = _live_asyncgens()
    if not gens:
        return
    results = await gather(*[ag.aclose() for ag in gens], return_exceptions=True)
    for result, agen in zip(results, gens):
        if isinstance(result, Exception):
            get_running_loop().call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen
            })


async def _loop_shutdown_asyncgens(self):
    # loop.shutdown_asyncgens(), which programs running their own loop call
    # before closing it, as asyncio.run does.
    await _shutdown_asyncgens()


async def _loop_shutdown_default_executor(self):
    # There is never a default executor (run_in_executor refuses), so
    # there is nothing to shut down, as in CPython when none was made.
    pass


_new_event_loop = new_event_loop


def new_event_loop():
    loop = _new_event_loop()
    # BaseSelectorEventLoop.__init__ logs its selector at DEBUG level; a
    # program that turned DEBUG logging on sees the line.
    logging = _loaded_module('logging')
    if logging is not None:
        logger = logging.getLogger('asyncio')
        if logger.isEnabledFor(logging.DEBUG):
            logger.handle(logger.makeRecord(
                'asyncio', logging.DEBUG,
                '/usr/lib/python3.11/asyncio/selector_events.py', 54,
                'Using selector: %s', ('VirtualSelector',), None, '__init__'))
    return loop


# Each loop's signal handlers (CPython's loop._signal_handlers), until
# the loop closes.
_signal_handlers = {}


def _sighandler_noop(signum, frame):
    pass


def _check_signal(sig):
    import signal
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in signal.valid_signals():
        raise ValueError(f'invalid signal number {sig}')


def _add_signal_handler(self, sig, callback, *args):
    # _UnixSelectorEventLoop.add_signal_handler: checked and kept as CPython
    # keeps it, with the process's handler replaced by a no-op. Nothing
    # outside the run sends a signal, and signal.raise_signal refuses the
    # ones a loop handles (it could not place the wake-up).
    import signal
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used "
                        "with add_signal_handler()")
    _check_signal(sig)
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    handlers = _signal_handlers.setdefault(self, {})
    handlers[sig] = (callback, args)
    try:
        signal.signal(sig, _sighandler_noop)
    except OSError as exc:
        del handlers[sig]
        if exc.errno == 22:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise
    signal._loop_signals.add(int(sig))


def _remove_signal_handler(self, sig):
    import signal
    _check_signal(sig)
    handlers = _signal_handlers.get(self, {})
    try:
        del handlers[sig]
    except KeyError:
        return False
    signal._loop_signals.discard(int(sig))
    if sig == signal.SIGINT:
        handler = signal.default_int_handler
    else:
        handler = signal.SIG_DFL
    signal.signal(sig, handler)
    return True


def _loop_close(self):
    # _UnixSelectorEventLoop.close: the loop closes, then gives the
    # process its signal handlers back.
    _loop_close_native(self)
    for sig in list(_signal_handlers.get(self, ())):
        self.remove_signal_handler(sig)
    _signal_handlers.pop(self, None)


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError(
        "asyncio.to_thread() needs a second thread, and coroscope runs one "
        "(call the function directly: a blocking call stalls the loop)")


def _without_io(name, what):
    # Sockets, pipes and processes: the simulated loop has no selector to
    # wait on them, so these say so where they are called.
    async def unsupported(*args, **kwargs):
        raise NotImplementedError(
            f"asyncio.{name}() needs {what}, and coroscope's event loop is "
            "simulated without any (use asyncio.Queue or Future objects to "
            "stand in for the other side)")
    unsupported.__name__ = unsupported.__qualname__ = name
    return unsupported


open_connection = _without_io('open_connection', 'a network connection')
start_server = _without_io('start_server', 'a listening socket')
open_unix_connection = _without_io('open_unix_connection', 'a socket')
start_unix_server = _without_io('start_unix_server', 'a listening socket')
create_subprocess_exec = _without_io('create_subprocess_exec', 'a child process')
create_subprocess_shell = _without_io('create_subprocess_shell', 'a child process')


def _run_in_executor(self, executor, func, *args):
    raise NotImplementedError(
        "loop.run_in_executor() needs a second thread, and coroscope runs one "
        "(call the function directly: a blocking call stalls the loop)")


def _run_forever(self):
    # BaseEventLoop.run_forever and _run_once, the Python half: the natives
    # do the bookkeeping, and each handle runs on this frame's run loop (a
    # task's step enters its coroutine here), as CPython's loop runs them
    # one after another from its own frame.
    _loop_begin(self)
    try:
        while True:
            _run_once()
            while handle := _pop_ready():
                try:
                    _run_handle(handle)
                except BaseException as exc:
                    _callback_error(handle, exc)
                handle = None
            if _loop_stopping():
                break
    finally:
        _loop_end()


def _run_until_complete(self, future):
    new_task = not isfuture(future)
    if new_task and not iscoroutine(future) and not hasattr(type(future), "__await__"):
        raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    future = _ruc_begin(self, future)
    try:
        _run_forever(self)
    except BaseException:
        if new_task and future.done() and not future.cancelled():
            # The coroutine raised a BaseException. Consume the exception
            # to not log a warning, the caller doesn't have access to the
            # local task.
            future.exception()
        raise
    finally:
        _ruc_end(future)
    return _ruc_result(future)


async def _shutdown_step():
    # Stands for loop.shutdown_asyncgens() and
    # loop.shutdown_default_executor(): each is one task of two iterations.
    pass


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _loop_running():
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        # Checked with the loop made, as CPython's Runner (its __enter__
        # makes the loop): the refused call still shuts the loop down,
        # whose two steps use up two task names.
        if not iscoroutine(main):
            raise ValueError("a coroutine was expected, got {!r}".format(main))
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(_shutdown_asyncgens())
            loop.run_until_complete(_shutdown_step())
        finally:
            set_event_loop(None)
            loop.close()


class Runner:
    # runners.Runner. Its states are strings where CPython has an enum, so
    # the prelude need not import enum. One context, copied when the loop
    # is made, is shared by every run() (a ContextVar set in one run is
    # seen by the next).

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(_shutdown_asyncgens())
            loop.run_until_complete(_shutdown_step())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _loop_running():
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        import contextvars
        self._context = contextvars.copy_context()
        self._state = 'initialized'


class BrokenBarrierError(RuntimeError):
    pass


class Barrier(_LoopBoundMixin):

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        res = super().__repr__()
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'


# Where CPython defines these, as their reprs and tracebacks name them.
for _cls, _mod in ((Queue, 'queues'), (PriorityQueue, 'queues'), (LifoQueue, 'queues'),
                   (Lock, 'locks'), (Event, 'locks'), (Condition, 'locks'),
                   (Semaphore, 'locks'), (BoundedSemaphore, 'locks'), (Barrier, 'locks'),
                   (BrokenBarrierError, 'exceptions'), (Runner, 'runners'),
                   (Timeout, 'timeouts'), (TaskGroup, 'taskgroups')):
    _cls.__module__ = 'asyncio.' + _mod
del _cls, _mod


# Classes of CPython's streams, transports and protocols, for annotations
# and isinstance checks: the simulated loop has no sockets, so nothing
# makes instances of them.
class AbstractEventLoopPolicy:
    pass


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    # The policy's loop lives in the VM (`set_event_loop`); a policy object
    # only forwards to it, and a program's own policy is not consulted.

    def get_event_loop(self):
        return _get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


_DEFAULT_LIMIT = 2 ** 16


class AbstractServer:
    pass


class Server(AbstractServer):
    pass


class StreamReader:
    # streams.StreamReader, for a program that feeds it itself
    # (`feed_data`/`feed_eof`): with no sockets nothing else gives it a
    # transport, so the pause and resume paths never run.
    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        if loop is None:
            self._loop = _get_event_loop()
        else:
            self._loop = loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and (not self._buffer)

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if self._transport is not None and (not self._paused) and (len(self._buffer) > 2 * self._limit):
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + seplen]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        del self._buffer[:isep + seplen]
        self._maybe_resume_transport()
        return bytes(chunk)

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and (not self._eof):
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        if len(self._buffer) == n:
            data = bytes(self._buffer)
            self._buffer.clear()
        else:
            data = bytes(self._buffer[:n])
            del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class StreamWriter:
    pass


class BaseProtocol:
    pass


class Protocol(BaseProtocol):
    pass


class BufferedProtocol(BaseProtocol):
    pass


class DatagramProtocol(BaseProtocol):
    pass


class SubprocessProtocol(BaseProtocol):
    pass


class StreamReaderProtocol(Protocol):
    pass


class BaseTransport:
    pass


class ReadTransport(BaseTransport):
    pass


class WriteTransport(BaseTransport):
    pass


class Transport(ReadTransport, WriteTransport):
    pass


class DatagramTransport(BaseTransport):
    pass


class SubprocessTransport(BaseTransport):
    pass


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class SendfileNotAvailableError(RuntimeError):
    pass


for _cls, _mod in ((AbstractEventLoopPolicy, 'events'), (DefaultEventLoopPolicy, 'unix_events'),
                   (AbstractServer, 'events'), (Server, 'base_events'),
                   (StreamReader, 'streams'), (StreamWriter, 'streams'),
                   (StreamReaderProtocol, 'streams'),
                   (BaseProtocol, 'protocols'), (Protocol, 'protocols'),
                   (BufferedProtocol, 'protocols'), (DatagramProtocol, 'protocols'),
                   (SubprocessProtocol, 'protocols'), (BaseTransport, 'transports'),
                   (ReadTransport, 'transports'), (WriteTransport, 'transports'),
                   (Transport, 'transports'), (DatagramTransport, 'transports'),
                   (SubprocessTransport, 'transports'), (IncompleteReadError, 'exceptions'),
                   (LimitOverrunError, 'exceptions'), (SendfileNotAvailableError, 'exceptions')):
    _cls.__module__ = 'asyncio.' + _mod
del _cls, _mod
