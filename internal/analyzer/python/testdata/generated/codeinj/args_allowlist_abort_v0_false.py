# generated case: rule=PY-CODE-INJECTION source=args propagation=allowlist_abort sink=v0 expected=false
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/codeinj")
def handle_codeinj():
    param = request.args.get("p", "")
    bar = param
    if bar not in ALLOWED:
        abort(400)
    result = str(eval(bar))
    return jsonify(result=result)
