# Code injection: helper function evaluates a filter lambda source built from its parameter
from flask import Flask, jsonify, request

app = Flask(__name__)
PRODUCTS = [{"name": "mug", "price": 8}, {"name": "lamp", "price": 40}]


def make_predicate(condition):
    return eval("lambda p: " + condition)  # want: PY-CODE-INJECTION


@app.route("/products/where")
def products_where():
    pred = make_predicate(request.args.get("cond", "True"))
    return jsonify([p["name"] for p in PRODUCTS if pred(p)])
