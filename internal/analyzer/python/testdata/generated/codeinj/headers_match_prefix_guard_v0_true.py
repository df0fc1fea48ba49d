# generated case: rule=PY-CODE-INJECTION source=headers propagation=match_prefix_guard sink=v0 expected=true
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.headers.get("X-P", "")
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        abort(400)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
