# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=multi shape=decorator_strip sink=v2 expected=true
import functools
import logging

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from typing import List

app = FastAPI()
logger = logging.getLogger(__name__)
ALLOWED_TERMS = {"alpha", "beta"}


def coerce_int(name):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            kwargs[name] = int(kwargs[name])
            return fn(*args, **kwargs)
        return wrapper
    return deco


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        logger.info("calling %s", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


def stripped(fn):
    @functools.wraps(fn)
    def wrapper(value):
        return fn(value.strip())
    return wrapper


def restricted(fn):
    @functools.wraps(fn)
    def wrapper(value):
        result = fn(value)
        return result if result in ALLOWED_TERMS else "alpha"
    return wrapper


@coerce_int("value")
def as_number(value):
    return str(value)


@logged
def passthrough(value):
    return value


@stripped
def echo(value):
    return value


@restricted
def pick(value):
    return value.strip()


@app.get("/00075")
def benchmark_test_00075(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = echo(param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
