# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=querystring propagation=list_pop_safe sink=v0 expected=false
import os
import urllib.parse

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00520", methods=["GET", "POST"])
def benchmark_test_00520():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
