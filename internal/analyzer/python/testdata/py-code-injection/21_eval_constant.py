# Code injection FALSE: eval of a constant expression; request value is only an int argument in scope
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/shipping")
def shipping():
    weight = float(request.args.get("weight", "1"))
    cost = eval("4.99 + 1.25 * w", {"__builtins__": {}}, {"w": weight})
    return jsonify(cost=round(cost, 2))
