# generated case: rule=PY-CODE-INJECTION source=cookies propagation=tupleunpack_first sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.cookies.get("p", "")
    bar, _other = "safe", param
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
