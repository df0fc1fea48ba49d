# generated case: rule=PY-CMDI source=headers propagation=direct sink=safe-api expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.headers.get("X-P", "")
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
