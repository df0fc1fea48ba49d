# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=paramnames shape=new_upper_var expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00067", methods=["GET", "POST"])
def benchmark_test_00067():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    algo = "MD5"
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
