# generated case: rule=PY-CODE-INJECTION source=args propagation=direct sink=eval_const_expr expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.args.get("p", "")
    bar = param
    result = eval("1 + 2") if bar else 0
    return jsonify(result=result)
