# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=querystring shape=guard_fullmatch sink=v1 expected=false
import re
import urllib.parse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/00150", methods=["GET", "POST"])
def benchmark_test_00150():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    if not re.fullmatch(r"[A-Za-z0-9_]+", param):
        abort(400)
    bar = param
    return redirect("/" + bar)
