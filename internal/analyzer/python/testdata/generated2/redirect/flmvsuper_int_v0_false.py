# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvsuper propagation=int sink=v0 expected=false
import logging

from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        return redirect(bar)


class HandleRedirectView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
