# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getlist shape=contextmanager_yield sink=v0 expected=true
import contextlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@contextlib.contextmanager
def trimmed(value):
    yield value.strip()


@contextlib.contextmanager
def placeholder(value):
    yield "placeholder"


@app.route("/00089", methods=["GET", "POST"])
def benchmark_test_00089():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    with trimmed(param) as v:
        bar = v
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
