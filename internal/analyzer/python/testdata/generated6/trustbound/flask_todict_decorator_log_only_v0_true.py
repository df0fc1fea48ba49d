# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=todict shape=decorator_log_only sink=v0 expected=true
import functools
import logging
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
logger = logging.getLogger(__name__)
ALLOWED_TERMS = {"alpha", "beta"}
app.secret_key = os.environ["SECRET_KEY"]


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


@app.route("/00071", methods=["GET", "POST"])
def benchmark_test_00071():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = passthrough(param)
    session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
