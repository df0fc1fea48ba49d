# generated case (gen_cases2): method: literal prefix + shlex.quote(arg) -> no CMDI
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


class Runner:
    def run_quoted(self, arg):
        return os.system("ping -c 1 " + shlex.quote(arg))


@app.route("/ping")
def ping():
    return jsonify(code=Runner().run_quoted(request.args.get("host", "")))
