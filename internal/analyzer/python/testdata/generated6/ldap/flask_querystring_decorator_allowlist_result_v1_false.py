# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=querystring shape=decorator_allowlist_result sink=v1 expected=false
import functools
import ldap3
import logging
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger(__name__)
ALLOWED_TERMS = {"alpha", "beta"}
LDAP_BASE = "ou=users,dc=example,dc=org"


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


@app.route("/00078", methods=["GET", "POST"])
def benchmark_test_00078():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = pick(param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
