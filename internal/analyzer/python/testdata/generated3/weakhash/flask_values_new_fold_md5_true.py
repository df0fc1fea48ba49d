# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=values variant=new_fold_md5 expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00654", methods=["GET", "POST"])
def benchmark_test_00654():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    algorithm = "sha256" if (7 * 18) + 106 < 200 else "md5"
    result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
