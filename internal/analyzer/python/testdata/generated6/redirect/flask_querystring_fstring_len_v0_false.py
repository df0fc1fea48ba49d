# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=querystring shape=fstring_len sink=v0 expected=false
import urllib.parse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00197", methods=["GET", "POST"])
def benchmark_test_00197():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = f"{len(param)}"
    return redirect(bar)
