# generated case: rule=PY-CODE-INJECTION source=cookies propagation=dict_pop_keyA sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.cookies.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyA")
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
