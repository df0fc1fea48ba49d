# generated case (gen8): category=cmdi rule=PY-CMDI fw=flask shape=ipaddress_canonical expected=false
import ipaddress
import os
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/cmdi_ipaddress_canonical", methods=["GET", "POST"])
def case_ipaddress_canonical():
    param = (request.get_json(silent=True) or {}).get("q", "")
    try:
        ip = ipaddress.ip_address(param)
    except ValueError:
        return jsonify(result=str("bad"))
    rc = os.system("ping -c 1 " + str(ip))
    return jsonify(result=str(rc))
