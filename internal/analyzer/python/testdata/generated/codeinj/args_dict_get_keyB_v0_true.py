# generated case: rule=PY-CODE-INJECTION source=args propagation=dict_get_keyB sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.args.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyB", "")
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
