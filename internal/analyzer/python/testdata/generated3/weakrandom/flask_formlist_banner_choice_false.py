# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=formlist variant=banner_choice expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
BANNERS = ["spring-sale", "new-arrivals", "free-shipping"]


@app.route("/00586", methods=["POST"])
def benchmark_test_00586():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    banner = random.choice(BANNERS)
    result = banner + bar[:0]
    return jsonify(result=str(result))
