# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=decorator_int_kwarg sink=v1 expected=false
import functools
import json
import logging

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
logger = logging.getLogger(__name__)
ALLOWED_TERMS = {"alpha", "beta"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


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


@app.get("/00068")
def benchmark_test_00068(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = as_number(value=param)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
