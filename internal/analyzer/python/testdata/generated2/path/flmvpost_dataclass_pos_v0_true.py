# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvpost propagation=dataclass_pos sink=v0 expected=true
import os

from dataclasses import dataclass
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@dataclass
class Query:
    term: str
    other: str = "safe"


class HandlePathView(MethodView):
    def post(self):
        param = request.form["p"]
        q = Query(param)
        bar = q.term
        with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return jsonify(result=result)


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
