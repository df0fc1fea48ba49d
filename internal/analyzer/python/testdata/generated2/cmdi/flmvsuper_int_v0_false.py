# generated case (gen_cases2): rule=PY-CMDI context=flmvsuper propagation=int sink=v0 expected=false
import logging
import os

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        result = os.system("ping -c 1 " + bar)
        return jsonify(result=result)


class HandleCmdiView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
