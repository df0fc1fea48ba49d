# generated case (gen8): category=cmdi rule=PY-CMDI fw=flask shape=getattr_os_system expected=true
import os
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/cmdi_getattr_os_system", methods=["GET", "POST"])
def case_getattr_os_system():
    param = request.headers.get("X-Q", "")
    runner = getattr(os, "system")
    rc = runner("ping -c 1 " + param)  # want: PY-CMDI
    return jsonify(result=str(rc))
