# generated case: rule=PY-CODE-INJECTION source=form propagation=dict_get_keyA sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.form["p"]
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
