# generated case (gen_cases2): rule=PY-CMDI context=flmvpost propagation=super_init_kind sink=v0 expected=false
import os

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


class HandleCmdiView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = Child(param).kind
        result = os.system("ping -c 1 " + bar)
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
