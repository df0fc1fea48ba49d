# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=getlist shape=decorator_int_kwarg sink=v4 expected=false
import functools
import logging
import subprocess

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


@app.route("/00069", methods=["GET", "POST"])
def benchmark_test_00069():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = as_number(value=param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return jsonify(result=str(result))
