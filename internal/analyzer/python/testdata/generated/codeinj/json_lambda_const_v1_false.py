# generated case: rule=PY-CODE-INJECTION source=json propagation=lambda_const sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.get_json()["p"]
    const = lambda s: "safe"
    bar = const(param)
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
