# interproc/wrapping: decorators that change arguments or results, and ones that pass them through
import functools
import logging

log = logging.getLogger(__name__)
ALLOWED = {"name", "created"}


def coerce_int(field):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            kwargs[field] = int(kwargs[field])
            return fn(*args, **kwargs)
        return wrapper
    return deco


def allow_listed(fn):
    @functools.wraps(fn)
    def wrapper(value):
        result = fn(value)
        return result if result in ALLOWED else "name"
    return wrapper


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.info("calling %s", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


def stripped(fn):
    def wrapper(value):
        return fn(value.strip())
    return wrapper


def rotated(fn):
    def wrapper(a, b, c):
        return fn(b, c, a)
    return wrapper


def registered(fn):
    REGISTRY.append(fn)
    return fn


REGISTRY = []
