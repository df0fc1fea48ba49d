# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvpost propagation=validator_wrong_var sink=v0 expected=true
import os
import re

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandlePathView(MethodView):
    def post(self):
        param = request.form["p"]
        other = "alpha"
        if not is_valid(other):
            abort(400)
        bar = param
        with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return jsonify(result=result)


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
