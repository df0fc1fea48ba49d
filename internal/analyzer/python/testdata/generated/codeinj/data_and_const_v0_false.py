# generated case: rule=PY-CODE-INJECTION source=data propagation=and_const sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.data.decode("utf-8")
    bar = "" and param
    result = str(eval(bar))
    return jsonify(result=result)
