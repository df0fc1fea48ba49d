# generated case (gen8): category=cmdi rule=PY-CMDI fw=flask shape=request_json_subscript expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi_request_json_subscript", methods=["POST"])
def case_request_json_subscript():
    repo = request.json["repo"]
    subprocess.call("git clone " + repo + " /tmp/work", shell=True)  # want: PY-CMDI
    return jsonify(ok=True)
