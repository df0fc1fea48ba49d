# generated case: rule=PY-CMDI source=args propagation=json_roundtrip sink=v0 expected=true
import json
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.args.get("p", "")
    bar = json.loads(json.dumps(param))
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=result)
