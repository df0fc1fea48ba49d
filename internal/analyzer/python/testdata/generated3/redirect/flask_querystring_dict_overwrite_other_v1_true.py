# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=querystring propagation=dict_overwrite_other sink=v1 expected=true
import urllib.parse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00332", methods=["GET", "POST"])
def benchmark_test_00332():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
