# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvget propagation=validator_guard sink=v1 expected=false
import re

from flask import Flask, abort, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandlePathView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        if not is_valid(param):
            abort(400)
        bar = param
        with open(BASE_DIR + "/" + bar, "rb") as fh:
            result = len(fh.read())
        return jsonify(result=result)


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
