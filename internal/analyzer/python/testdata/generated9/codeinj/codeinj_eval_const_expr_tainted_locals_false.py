# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=eval_const_expr_tainted_locals expected=false
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/codeinj_eval_const_expr_tainted_locals", methods=["GET", "POST"])
def case_eval_const_expr_tainted_locals():
    param = request.args.get("q", "")
    value = eval("len(x) * 2", {"__builtins__": {"len": len}}, {"x": param})
    return jsonify(result=str(value))
