# generated case (gen_cases2): rule=PY-CMDI context=flmvpost propagation=resub_negclass_compiled sink=v0 expected=false
import os
import re

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


class HandleCmdiView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = NOT_ALNUM.sub("", param)
        result = os.system("ping -c 1 " + bar)
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
