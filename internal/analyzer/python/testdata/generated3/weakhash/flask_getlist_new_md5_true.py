# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=getlist variant=new_md5 expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00653", methods=["GET", "POST"])
def benchmark_test_00653():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    result = hashlib.new("md5", bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
