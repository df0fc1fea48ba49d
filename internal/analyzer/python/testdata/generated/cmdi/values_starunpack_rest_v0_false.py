# generated case: rule=PY-CMDI source=values propagation=starunpack_rest sink=v0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.values.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
