# generated case: rule=PY-CMDI source=headers propagation=isdigit_guard sink=v0 expected=false
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.headers.get("X-P", "")
    bar = param
    if not bar.isdigit():
        abort(400)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
