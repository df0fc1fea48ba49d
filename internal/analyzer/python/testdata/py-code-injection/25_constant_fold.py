# Code injection FALSE: ternary with a constant condition always picks the constant expression
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/score")
def score():
    param = request.args.get("formula", "")
    bar = "2 * 21" if (500 // 42) + 196 > 200 else param
    return jsonify(score=eval(bar))
