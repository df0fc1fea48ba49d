# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=paramnames variant=banner_choice expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
BANNERS = ["spring-sale", "new-arrivals", "free-shipping"]


@app.route("/00735", methods=["GET", "POST"])
def benchmark_test_00735():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    banner = random.choice(BANNERS)
    result = banner + bar[:0]
    return jsonify(result=str(result))
