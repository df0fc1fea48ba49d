# generated case (gen9): category=ssti rule=PY-SSTI fw=flask shape=render_template_string_kwargs expected=false
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

GREETING = "<p>{{ v }}</p>"


@app.route("/ssti_render_template_string_kwargs", methods=["GET", "POST"])
def case_render_template_string_kwargs():
    param = request.values.get("q", "")
    out = render_template_string(GREETING, **dict(v=param))
    return jsonify(result=str(out))
