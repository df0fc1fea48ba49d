# generated case (gen8): category=cmdi rule=PY-CMDI fw=flask shape=all_chars_allowed_guard expected=false
import os
import string
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

SAFE_CHARS = set(string.ascii_lowercase + string.digits + "-")


@app.route("/cmdi_all_chars_allowed_guard", methods=["GET", "POST"])
def case_all_chars_allowed_guard():
    param = request.cookies.get("q", "")
    if not param or not all(ch in SAFE_CHARS for ch in param):
        return jsonify(result=str("invalid"))
    rc = os.system("host " + param)
    return jsonify(result=str(rc))
