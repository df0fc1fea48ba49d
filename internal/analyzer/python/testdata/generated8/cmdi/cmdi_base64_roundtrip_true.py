# generated case (gen8): category=cmdi rule=PY-CMDI fw=flask shape=base64_roundtrip expected=true
import base64
import os
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/cmdi_base64_roundtrip", methods=["GET", "POST"])
def case_base64_roundtrip():
    param = request.form.get("q", "")
    enc = base64.b64encode(param.encode("utf-8"))
    host = base64.b64decode(enc).decode("utf-8")
    rc = os.system("traceroute " + host)  # want: PY-CMDI
    return jsonify(result=str(rc))
