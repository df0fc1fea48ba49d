# generated case (gen_cases2): rule=PY-XSS context=flmvsuper propagation=direct sink=safe-api expected=false
import logging

from flask import Flask, jsonify, render_template, request
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        return render_template("hello.html", name=bar)


class HandleXssView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
