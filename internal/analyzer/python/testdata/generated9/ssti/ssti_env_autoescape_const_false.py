# generated case (gen9): category=ssti rule=PY-SSTI fw=flask shape=env_autoescape_const expected=false
from jinja2 import Environment
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssti_env_autoescape_const", methods=["GET", "POST"])
def case_env_autoescape_const():
    param = request.args.get("q", "")
    out = Environment(autoescape=True).from_string("Hi {{ x }}").render(x=param)
    return jsonify(result=str(out))
