# generated case: rule=PY-CMDI source=args propagation=listreverse_idx0 sink=v0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.args.get("p", "")
    values = [param, "safe"]
    values.reverse()
    bar = values[0]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
