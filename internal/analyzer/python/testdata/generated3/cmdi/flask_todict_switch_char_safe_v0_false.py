# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=todict propagation=switch_char_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00095", methods=["GET", "POST"])
def benchmark_test_00095():
    param = request.args.to_dict().get("BenchmarkTest", "")
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    result = os.system("echo " + bar)
    return jsonify(result=str(result))
