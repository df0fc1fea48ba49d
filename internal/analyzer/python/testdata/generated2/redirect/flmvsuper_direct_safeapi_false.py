# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvsuper propagation=direct sink=safe-api expected=false
import logging

from flask import Flask, jsonify, redirect, request, url_for
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        return redirect(url_for("search", q=bar))


class HandleRedirectView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
