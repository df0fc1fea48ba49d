# gen2_methodview: registration
from flask import Flask

from .views import FileView, HomeView, NextView

app = Flask(__name__)
app.add_url_rule("/files", view_func=FileView.as_view("files"))
app.add_url_rule("/next", view_func=NextView.as_view("next"))
app.add_url_rule("/home", view_func=HomeView.as_view("home"))
