# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvpost propagation=collapse_ws sink=v0 expected=true
import os
import re

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


class HandlePathView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = re.sub(r"\s+", " ", param)
        with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return jsonify(result=result)


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
