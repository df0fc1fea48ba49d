# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=getlist shape=reset_link_choices expected=true
import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.route("/00112", methods=["GET", "POST"])
def benchmark_test_00112():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    token = "".join(random.choices(ALPHABET, k=32))  # want: PY-WEAK-RANDOM
    reset_link = "https://shop.example.com/reset?token=" + token
    result = len(reset_link) + len(bar)
    return jsonify(result=str(result))
