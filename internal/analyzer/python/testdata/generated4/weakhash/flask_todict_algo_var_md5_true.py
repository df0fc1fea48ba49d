# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=flask source=todict shape=algo_var_md5 sink=config expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00563", methods=["GET", "POST"])
def benchmark_test_00563():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    algo = "md5"
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
