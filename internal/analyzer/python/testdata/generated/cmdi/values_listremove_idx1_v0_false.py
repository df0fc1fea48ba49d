# generated case: rule=PY-CMDI source=values propagation=listremove_idx1 sink=v0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.values.get("p", "")
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[1]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
