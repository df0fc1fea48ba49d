# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=request_values_exec expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj_request_values_exec", methods=["GET", "POST"])
def case_request_values_exec():
    code = request.values.get("code", "pass")
    scope = {}
    exec(code, scope)  # want: PY-CODE-INJECTION
    return jsonify(keys=len(scope))
