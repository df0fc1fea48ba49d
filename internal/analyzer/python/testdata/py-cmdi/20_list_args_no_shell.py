# CMDi FALSE: ping with a list argv and no shell; the host is a plain argument, not a command
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    proc = subprocess.run(["ping", "-c", "1", "-W", "2", host], capture_output=True, timeout=10)
    return jsonify(reachable=proc.returncode == 0)
