# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=model shape=decorator_allowlist_result sink=v0 expected=false
import functools
import logging

from fastapi import FastAPI, Request
from lxml import etree
from pydantic import BaseModel

app = FastAPI()
logger = logging.getLogger(__name__)
ALLOWED_TERMS = {"alpha", "beta"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Item(BaseModel):
    name: str
    quantity: int = 1


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


@app.post("/00077")
def benchmark_test_00077(request: Request, item: Item):
    param = item.name
    bar = pick(param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
