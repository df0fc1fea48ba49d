# generated case (gen8): category=ssti rule=PY-SSTI fw=flask shape=sandboxed_env_const expected=false
from jinja2.sandbox import SandboxedEnvironment
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssti_sandboxed_env_const", methods=["GET", "POST"])
def case_sandboxed_env_const():
    param = (request.get_json(silent=True) or {}).get("q", "")
    env = SandboxedEnvironment()
    out = env.from_string("Order {{ ref }} confirmed").render(ref=param)
    return jsonify(result=str(out))
