# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=eval_quoted_fstring expected=true
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/codeinj_eval_quoted_fstring", methods=["GET", "POST"])
def case_eval_quoted_fstring():
    param = request.args.get("q", "")
    value = eval("'%s'.upper()" % param)  # want: PY-CODE-INJECTION
    return jsonify(result=str(value))
