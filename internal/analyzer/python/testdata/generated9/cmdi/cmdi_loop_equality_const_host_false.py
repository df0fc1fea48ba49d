# generated case (gen9): category=cmdi rule=PY-CMDI fw=flask shape=loop_equality_const_host expected=false
import os
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

HOSTS = ["db1.internal", "db2.internal"]


@app.route("/cmdi_loop_equality_const_host", methods=["GET", "POST"])
def case_loop_equality_const_host():
    param = request.args.get("q", "")
    rc = -1
    for host in HOSTS:
        if host == param:
            rc = os.system("ping -c 1 " + host)
    return jsonify(result=str(rc))
