# CMDi: network diagnostics page pings a host from the query string via os.system
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    status = os.system(f"ping -c 1 -W 2 {host}")  # want: PY-CMDI
    return jsonify(reachable=status == 0)
