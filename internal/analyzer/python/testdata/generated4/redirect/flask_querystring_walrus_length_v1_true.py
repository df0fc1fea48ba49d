# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=querystring shape=walrus_length sink=v1 expected=true
import urllib.parse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/00190", methods=["GET", "POST"])
def benchmark_test_00190():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    if (n := len(param)) > 256:
        abort(400)
    bar = param
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
