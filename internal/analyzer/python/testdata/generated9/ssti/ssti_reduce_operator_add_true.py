# generated case (gen9): category=ssti rule=PY-SSTI fw=flask shape=reduce_operator_add expected=true
import functools
import operator
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssti_reduce_operator_add", methods=["GET", "POST"])
def case_reduce_operator_add():
    param = (request.get_json(silent=True) or {}).get("q", "")
    src = functools.reduce(operator.add, ["<h1>", param, "</h1>"])
    out = render_template_string(src)  # want: PY-SSTI
    return jsonify(result=str(out))
