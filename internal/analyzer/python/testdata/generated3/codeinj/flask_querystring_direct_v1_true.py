# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=querystring propagation=direct sink=v1 expected=true
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00128", methods=["GET", "POST"])
def benchmark_test_00128():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
