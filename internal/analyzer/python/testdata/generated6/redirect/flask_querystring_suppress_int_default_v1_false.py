# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=querystring shape=suppress_int_default sink=v1 expected=false
import contextlib
import urllib.parse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00098", methods=["GET", "POST"])
def benchmark_test_00098():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = "0"
    with contextlib.suppress(ValueError):
        bar = str(int(param))
    return redirect("/" + bar)
