# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=querystring shape=usedforsecurity_module_const expected=false
import hashlib
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
FOR_SECURITY = False


@app.route("/00095", methods=["GET", "POST"])
def benchmark_test_00095():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    result = hashlib.md5(bar.encode("utf-8"), usedforsecurity=FOR_SECURITY).hexdigest()
    return jsonify(result=str(result))
