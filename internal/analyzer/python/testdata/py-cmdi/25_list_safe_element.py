# CMDi FALSE: tainted value is in the list, but the command uses a constant element
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/services/restart", methods=["POST"])
def restart():
    param = request.form.get("service", "")
    values = ["nginx", param, "redis"]
    bar = values[0]
    subprocess.run("systemctl restart " + bar, shell=True, check=True)
    return jsonify(restarted=bar)
