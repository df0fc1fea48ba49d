# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=decorator_strip sink=v1 expected=true
import functools
import logging

from django.http import JsonResponse
from django.urls import path

logger = logging.getLogger(__name__)
ALLOWED_TERMS = {"alpha", "beta"}
BASE_DIR = "/srv/app/testfiles/"


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


def benchmark_test_00074(request):
    param = request.headers.get("X-Benchmark", "")
    bar = echo(param)
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00074/", benchmark_test_00074),
]
