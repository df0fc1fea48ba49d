# generated case (gen_cases2): Markup("...{}").format(x) escapes the argument -> no XSS
from flask import Flask, request
from flask.views import MethodView
from markupsafe import Markup

app = Flask(__name__)


class GreetView(MethodView):
    def get(self):
        name = request.args.get("name", "")
        return Markup("<p>Hello {}</p>").format(name)


app.add_url_rule("/greet", view_func=GreetView.as_view("greet"))
