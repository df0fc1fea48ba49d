# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=flask source=querystring shape=md5_copy_update sink=config expected=true
import hashlib
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00560", methods=["GET", "POST"])
def benchmark_test_00560():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    base = hashlib.md5()  # want: PY-WEAK-HASH
    base.update(b"prefix")
    h = base.copy()
    h.update(bar.encode("utf-8"))
    result = h.hexdigest()
    return jsonify(result=str(result))
