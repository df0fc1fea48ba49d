# generated case (gen9): category=xss rule=PY-XSS fw=flask shape=jinja_env_default_no_autoescape expected=true
from jinja2 import Environment
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_jinja_env_default_no_autoescape", methods=["GET", "POST"])
def case_jinja_env_default_no_autoescape():
    param = request.args.get("q", "")
    out = Environment().from_string("<p>{{ x }}</p>").render(x=param)
    return make_response(out)  # want: PY-XSS
