# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=isdigit_eval expected=false
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/codeinj_isdigit_eval", methods=["GET", "POST"])
def case_isdigit_eval():
    param = request.cookies.get("q", "")
    if not param.isdigit():
        return jsonify(result=str("not a number"))
    total = eval(param + " * 2")
    return jsonify(result=str(total))
