# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=header shape=ab_bucket expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00135", methods=["GET", "POST"])
def benchmark_test_00135():
    param = request.headers.get("Referer", "")
    bar = param
    variant = "B" if random.randint(0, 99) < 50 else "A"
    result = variant + bar[:0]
    return jsonify(result=str(result))
