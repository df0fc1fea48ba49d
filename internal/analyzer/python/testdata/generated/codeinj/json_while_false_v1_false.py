# generated case: rule=PY-CODE-INJECTION source=json propagation=while_false sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.get_json()["p"]
    bar = "safe"
    while 3 > 5:
        bar = param
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
