# generated case: rule=PY-CODE-INJECTION source=json propagation=helper_const sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value):
    return "safe!"


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.get_json()["p"]
    bar = do_something(param)
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
