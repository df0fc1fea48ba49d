# generated case (gen_cases2): rule=PY-CMDI context=flmvpost propagation=chainmap sink=v0 expected=true
import collections
import os

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCmdiView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = collections.ChainMap({"k": param}, {"k": "safe"})["k"]
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
