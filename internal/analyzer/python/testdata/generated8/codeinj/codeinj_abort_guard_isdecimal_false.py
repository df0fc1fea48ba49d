# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=abort_guard_isdecimal expected=false
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/codeinj_abort_guard_isdecimal")
def case_abort_guard_isdecimal():
    n = request.args.get("n", "0")
    if not n.isdecimal():
        abort(400)
    value = eval(n + " + 1")
    return jsonify(value=value)
