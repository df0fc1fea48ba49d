# generated case: rule=PY-CMDI source=data propagation=direct sink=safe-api expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.data.decode("utf-8")
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
