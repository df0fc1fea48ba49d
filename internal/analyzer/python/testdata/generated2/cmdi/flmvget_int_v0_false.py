# generated case (gen_cases2): rule=PY-CMDI context=flmvget propagation=int sink=v0 expected=false
import os

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCmdiView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        result = os.system("ping -c 1 " + bar)
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
