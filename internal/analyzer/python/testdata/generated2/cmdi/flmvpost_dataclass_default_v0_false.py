# generated case (gen_cases2): rule=PY-CMDI context=flmvpost propagation=dataclass_default sink=v0 expected=false
import os

from dataclasses import dataclass
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


@dataclass
class Query:
    term: str
    other: str = "safe"


class HandleCmdiView(MethodView):
    def post(self):
        param = request.form["p"]
        q = Query(term=param)
        bar = q.other
        result = os.system("ping -c 1 " + bar)
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
