# generated case: rule=PY-CMDI source=args propagation=direct sink=list_sh_c expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.args.get("p", "")
    bar = param
    proc = subprocess.run(["sh", "-c", "ls " + bar], capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=result)
