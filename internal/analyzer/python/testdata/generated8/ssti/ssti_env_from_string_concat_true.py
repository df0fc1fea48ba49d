# generated case (gen8): category=ssti rule=PY-SSTI fw=flask shape=env_from_string_concat expected=true
import jinja2
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssti_env_from_string_concat", methods=["GET", "POST"])
def case_env_from_string_concat():
    param = request.form.get("q", "")
    env = jinja2.Environment()
    out = env.from_string("Hello " + param + "!").render()  # want: PY-SSTI
    return jsonify(result=str(out))
