# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=querystring propagation=b64_roundtrip sink=v0 expected=true
import base64
import pickle
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00494", methods=["GET", "POST"])
def benchmark_test_00494():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
