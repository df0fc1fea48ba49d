# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=values shape=decorator_strip sink=v0 expected=true
import functools
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
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


@app.route("/00073", methods=["GET", "POST"])
def benchmark_test_00073():
    param = request.values.get("BenchmarkTest", "")
    bar = echo(param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
