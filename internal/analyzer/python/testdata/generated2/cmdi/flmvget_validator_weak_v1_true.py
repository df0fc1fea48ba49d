# generated case (gen_cases2): rule=PY-CMDI context=flmvget propagation=validator_weak sink=v1 expected=true
import subprocess

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


def is_short(value):
    return len(value) < 64


class HandleCmdiView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        if not is_short(param):
            abort(400)
        bar = param
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
        result = proc.returncode
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
