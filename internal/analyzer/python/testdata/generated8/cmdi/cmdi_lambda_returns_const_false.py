# generated case (gen8): category=cmdi rule=PY-CMDI fw=flask shape=lambda_returns_const expected=false
import subprocess
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/cmdi_lambda_returns_const", methods=["GET", "POST"])
def case_lambda_returns_const():
    param = request.cookies.get("q", "")
    pick = lambda _value: "df -h"
    cmd = pick(param)
    out = subprocess.getoutput(cmd)
    return jsonify(result=str(out))
