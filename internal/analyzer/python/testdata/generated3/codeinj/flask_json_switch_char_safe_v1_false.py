# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=json propagation=switch_char_safe sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00146", methods=["POST"])
def benchmark_test_00146():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
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
    exec("value = " + bar, {})
    result = True
    return jsonify(result=str(result))
