# CMDi FALSE: port converted with int() before formatting into a shell command
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/portcheck")
def portcheck():
    port = int(request.args.get("port", "80"))
    rc = os.system(f"nc -z -w 2 localhost {port}")
    return jsonify(open=rc == 0)
