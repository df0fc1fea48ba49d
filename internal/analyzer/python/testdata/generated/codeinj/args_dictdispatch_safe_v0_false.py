# generated case: rule=PY-CODE-INJECTION source=args propagation=dictdispatch_safe sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.args.get("p", "")
    guess = "ABC"
    target = guess[1]
    bar = {"A": param, "B": "bob", "C": param}[target]
    result = str(eval(bar))
    return jsonify(result=result)
