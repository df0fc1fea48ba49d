# generated case (gen_cases2): rule=PY-CMDI context=flmvget propagation=validator_guard sink=v1 expected=false
import re
import subprocess

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleCmdiView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        if not is_valid(param):
            abort(400)
        bar = param
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
        result = proc.returncode
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
