# generated case (gen9): category=ssti rule=PY-SSTI fw=flask shape=string_template_into_jinja expected=true
import string

import jinja2
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssti_string_template_into_jinja", methods=["GET", "POST"])
def case_string_template_into_jinja():
    param = request.cookies.get("q", "")
    src = string.Template("Hi $n").substitute(n=param)
    out = jinja2.Template(src).render()  # want: PY-SSTI
    return jsonify(result=str(out))
