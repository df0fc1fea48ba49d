# AC-1 FALSE: protected app whose unprotected routes are public pages (index, login, health, static info)
from flask import Flask, jsonify, render_template
from flask_login import current_user, login_required

from models import Order

app = Flask(__name__)


@app.route("/")
def index():
    return render_template("index.html")


@app.route("/login", methods=["GET", "POST"])
def login():
    return render_template("login.html")


@app.route("/healthz")
def healthz():
    return jsonify(status="ok")


@app.route("/about")
def about():
    return render_template("about.html")


@app.route("/account/orders")
@login_required
def my_orders():
    return jsonify([o.to_dict() for o in Order.query.filter_by(user_id=current_user.id)])


@app.route("/account/orders/<int:oid>")
@login_required
def order(oid):
    return jsonify(Order.query.filter_by(id=oid, user_id=current_user.id).first_or_404().to_dict())
