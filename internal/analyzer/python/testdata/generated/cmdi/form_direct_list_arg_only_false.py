# generated case: rule=PY-CMDI source=form propagation=direct sink=list_arg_only expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.form["p"]
    bar = param
    proc = subprocess.run(["grep", "-r", "--", bar, "/srv/logs"], capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
