# generated case: rule=PY-CMDI source=data propagation=nesteddict_inner sink=v0 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.data.decode("utf-8")
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["inner"]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=result)
