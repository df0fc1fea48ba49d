# generated case: rule=PY-CMDI source=args propagation=lambda_const sink=v0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.args.get("p", "")
    const = lambda s: "safe"
    bar = const(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
