# generated case: rule=PY-CODE-INJECTION source=values propagation=dict_pop_keyB sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyB")
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
