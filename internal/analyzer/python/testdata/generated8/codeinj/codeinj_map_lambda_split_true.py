# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=map_lambda_split expected=true
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/codeinj_map_lambda_split", methods=["GET", "POST"])
def case_map_lambda_split():
    param = (request.get_json(silent=True) or {}).get("q", "")
    stmts = list(map(lambda s: s.strip(), param.split(";")))
    ns = {}
    for stmt in stmts:
        exec(stmt, ns)  # want: PY-CODE-INJECTION
    return jsonify(result=str(len(ns)))
