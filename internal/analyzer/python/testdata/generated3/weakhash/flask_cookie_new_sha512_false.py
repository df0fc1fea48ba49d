# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=cookie variant=new_sha512 expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00666", methods=["GET", "POST"])
def benchmark_test_00666():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = hashlib.new("sha512", bar.encode("utf-8")).hexdigest()
    return jsonify(result=str(result))
