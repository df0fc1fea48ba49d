# CMDi FALSE: constant-folded condition ((7 * 42) - 86 > 200) always selects the constant command argument
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/uptime")
def uptime():
    param = request.args.get("opts", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "-p"
    else:
        bar = param
    rc = os.system("uptime " + bar)
    return jsonify(rc=rc)
