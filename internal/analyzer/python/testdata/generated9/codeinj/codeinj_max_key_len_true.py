# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=max_key_len expected=true
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/codeinj_max_key_len", methods=["GET", "POST"])
def case_max_key_len():
    param = request.cookies.get("q", "")
    expr = max([param, "0"], key=len)
    value = eval(expr)  # want: PY-CODE-INJECTION
    return jsonify(result=str(value))
