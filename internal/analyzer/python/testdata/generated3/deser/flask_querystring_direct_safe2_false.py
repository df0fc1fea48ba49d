# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=querystring propagation=direct sink=safe2 expected=false
import urllib.parse
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00536", methods=["GET", "POST"])
def benchmark_test_00536():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return jsonify(result=str(result))
