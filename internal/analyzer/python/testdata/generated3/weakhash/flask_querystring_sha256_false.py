# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=querystring variant=sha256 expected=false
import hashlib
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00665", methods=["GET", "POST"])
def benchmark_test_00665():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    result = hashlib.sha256(bar.encode("utf-8")).hexdigest()
    return jsonify(result=str(result))
