# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=django source=body shape=decorator_allowlist_result sink=v1 expected=false
import functools
import json
import logging
import requests

from django.http import JsonResponse
from django.urls import path

logger = logging.getLogger(__name__)
ALLOWED_TERMS = {"alpha", "beta"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


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


def benchmark_test_00076(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = pick(param)
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00076/", benchmark_test_00076),
]
