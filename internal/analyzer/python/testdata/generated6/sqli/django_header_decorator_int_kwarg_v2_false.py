# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=header shape=decorator_int_kwarg sink=v2 expected=false
import functools
import logging

from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text

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


def benchmark_test_00067(request):
    param = request.headers.get("X-Benchmark", "")
    bar = as_number(value=param)
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00067/", benchmark_test_00067),
]
