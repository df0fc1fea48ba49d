# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=todict shape=contextmanager_yield_const sink=v0 expected=false
import contextlib

from flask import Flask, redirect, request

app = Flask(__name__)


@contextlib.contextmanager
def trimmed(value):
    yield value.strip()


@contextlib.contextmanager
def placeholder(value):
    yield "placeholder"


@app.route("/00091", methods=["GET", "POST"])
def benchmark_test_00091():
    param = request.args.to_dict().get("BenchmarkTest", "")
    with placeholder(param) as v:
        bar = v
    return redirect(bar)
