# generated case (gen_cases2): rule=PY-CMDI context=flmvpost propagation=closure_nested_def sink=v0 expected=true
import os

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCmdiView(MethodView):
    def post(self):
        param = request.form["p"]
        def current():
            return param
        bar = current()
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
