# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=dict_get_const_expr expected=false
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

EXPRS = {"one": "1 + 0", "two": "1 + 1"}


@app.route("/codeinj_dict_get_const_expr", methods=["GET", "POST"])
def case_dict_get_const_expr():
    param = request.form.get("q", "")
    value = eval(EXPRS.get(param, "0"))
    return jsonify(result=str(value))
