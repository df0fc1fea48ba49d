# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=formlist shape=shuffle_ui_cards expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
FEATURED = ["shoes", "hats", "bags", "belts", "socks"]


@app.route("/00131", methods=["POST"])
def benchmark_test_00131():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    cards = list(FEATURED)
    random.shuffle(cards)
    result = cards[:3] + [bar[:0]]
    return jsonify(result=str(result))
