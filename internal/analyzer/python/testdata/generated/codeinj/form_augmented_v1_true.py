# generated case: rule=PY-CODE-INJECTION source=form propagation=augmented sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.form["p"]
    bar = ""
    bar += param
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
