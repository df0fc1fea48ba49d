# generated case (gen_cases2): rule=PY-CMDI context=flmvpost propagation=resub_negclass sink=v0 expected=false
import os
import re

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCmdiView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = re.sub(r"[^a-z0-9]", "", param)
        result = os.system("ping -c 1 " + bar)
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
