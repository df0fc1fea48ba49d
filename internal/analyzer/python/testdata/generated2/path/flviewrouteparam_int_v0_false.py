# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flviewrouteparam propagation=int sink=v0 expected=false
import os

from flask import Flask, jsonify, request
from flask.views import View

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


class HandlePathView(View):
    def dispatch_request(self, p):
        param = p
        bar = str(int(param))
        with open(os.path.join(BASE_DIR, bar)) as fh:
            result = len(fh.read())
        return jsonify(result=result)


app.add_url_rule("/path/<p>", view_func=HandlePathView.as_view("path"))
