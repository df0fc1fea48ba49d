# generated case (gen9): category=cmdi rule=PY-CMDI fw=flask shape=os_popen_read expected=true
import os
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/cmdi_os_popen_read", methods=["GET", "POST"])
def case_os_popen_read():
    param = request.form.get("q", "")
    out = os.popen("whois " + param).read()  # want: PY-CMDI
    return jsonify(result=str(out))
