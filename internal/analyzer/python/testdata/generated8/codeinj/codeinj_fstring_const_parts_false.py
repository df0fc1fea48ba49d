# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=fstring_const_parts expected=false
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/codeinj_fstring_const_parts", methods=["GET", "POST"])
def case_fstring_const_parts():
    param = request.args.get("q", "")
    label = f"user said {param}"
    expr = f"{2} ** {8}"
    result = eval(expr)
    return jsonify(result=str([label, result]))
