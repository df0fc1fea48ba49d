# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvsuper propagation=direct sink=safe-api expected=false
import logging
import os

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        with open(os.path.join(BASE_DIR, "index.txt")) as fh:
            result = bar in fh.read()
        return jsonify(result=result)


class HandlePathView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
