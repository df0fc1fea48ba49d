# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=json shape=pycryptodome_sha1 expected=true
from Crypto.Hash import SHA1
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00077", methods=["POST"])
def benchmark_test_00077():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    h = SHA1.new(bar.encode("utf-8"))  # want: PY-WEAK-HASH
    result = h.hexdigest()
    return jsonify(result=str(result))
