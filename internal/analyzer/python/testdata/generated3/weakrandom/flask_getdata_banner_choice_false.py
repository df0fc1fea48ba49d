# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=getdata variant=banner_choice expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
BANNERS = ["spring-sale", "new-arrivals", "free-shipping"]


@app.route("/00660", methods=["POST"])
def benchmark_test_00660():
    param = request.get_data(as_text=True)
    bar = param
    banner = random.choice(BANNERS)
    result = banner + bar[:0]
    return jsonify(result=str(result))
