# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=call_dunder_eval expected=true
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

class Calculator:
    def __call__(self, expr):
        return eval(expr)  # want: PY-CODE-INJECTION


@app.route("/codeinj_call_dunder_eval", methods=["GET", "POST"])
def case_call_dunder_eval():
    param = request.args.get("q", "")
    result = Calculator()(param)
    return jsonify(result=str(result))
