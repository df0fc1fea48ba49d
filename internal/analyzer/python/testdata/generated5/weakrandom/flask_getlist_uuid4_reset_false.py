# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=getlist shape=uuid4_reset expected=false
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00149", methods=["GET", "POST"])
def benchmark_test_00149():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    token = uuid.uuid4().hex
    reset_link = "https://shop.example.com/reset?token=" + token
    result = len(reset_link) + len(bar)
    return jsonify(result=str(result))
