# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=querystring propagation=dict_get_default_safe sink=v1 expected=false
import urllib.parse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00318", methods=["GET", "POST"])
def benchmark_test_00318():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    return redirect("/" + bar)
