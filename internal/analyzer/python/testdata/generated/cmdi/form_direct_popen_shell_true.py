# generated case: rule=PY-CMDI source=form propagation=direct sink=popen_shell expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.form["p"]
    bar = param
    proc = subprocess.Popen("grep -r " + bar + " /srv/logs", shell=True)  # want: PY-CMDI
    result = proc.wait()
    return jsonify(result=result)
