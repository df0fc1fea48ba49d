# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=post shape=decorator_log_only sink=v0 expected=true
import functools
import logging
import sqlite3

from django.http import JsonResponse
from django.urls import path

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


def benchmark_test_00072(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = passthrough(param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00072/", benchmark_test_00072),
]
