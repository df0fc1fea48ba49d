"""HTML pages of vulnshop."""
import base64
import csv
import io
import logging
import os
import pickle
import subprocess

from flask import (Blueprint, Response, abort, current_app, redirect, render_template,
                   render_template_string, request, session, url_for)
from markupsafe import Markup

import auth
import db
import tools
from auth import admin_required, login_required

bp = Blueprint("shop", __name__)
log = logging.getLogger("vulnshop")


@bp.route("/")
def index():
    msg = Markup(request.args.get("msg", ""))
    return render_template("index.html", products=db.all_products(), msg=msg)


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    products = db.search_products(q)
    return render_template_string("{% extends 'base.html' %}{% block content %}<h2>Results for " + q + "</h2>{% include '_products.html' %}{% endblock %}", products=products)


@bp.route("/product/<int:pid>")
def product(pid):
    item = db.get_product(pid)
    if item is None:
        abort(404)
    return render_template("product.html", product=item, comments=db.comments_for(pid))


@bp.route("/product/<int:pid>/comment", methods=["POST"])
def comment(pid):
    author = session.get("username", "guest")
    db.add_comment(pid, author, request.form.get("body", ""))
    return redirect(url_for("shop.product", pid=pid))


@bp.route("/login", methods=["GET", "POST"])
def login():
    next_url = request.values.get("next", "/")
    if request.method == "POST":
        username = request.form.get("username", "")
        password = request.form.get("password", "")
        logging.info(f"login {username} {password}")
        user = db.find_user(username)
        if user is None:
            return render_template("login.html", error="Unknown user", next=next_url), 401
        if not auth.check_password(user, password):
            return render_template("login.html", error="Wrong password", next=next_url), 401
        session["user_id"] = user["id"]
        session["username"] = user["username"]
        session["role"] = user["role"]
        db.touch_login(user["id"])
        return redirect(next_url)
    return render_template("login.html", next=next_url)


@bp.route("/logout")
def logout():
    session.pop("username", None)
    return redirect(url_for("shop.index"))


@bp.route("/forgot", methods=["POST"])
def forgot():
    token = auth.make_reset_token()
    db.set_reset_token(request.form.get("username", ""), token)
    return render_template("login.html", info="A reset link was sent if the account exists.", next="/")


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def profile():
    if request.method == "POST":
        db.update_profile(session["user_id"], request.form.get("email", ""), request.form.get("bio", ""))
        return redirect(url_for("shop.profile"))
    user = db.find_user(session.get("username", ""))
    return render_template("profile.html", user=user)


@bp.route("/orders")
@login_required
def orders():
    return render_template("orders.html", orders=db.orders_for(session["user_id"]))


@bp.route("/orders/<int:order_id>")
@login_required
def order_detail(order_id):
    order = db.get_order(order_id)
    if order is None:
        abort(404)
    return render_template("order.html", order=order)


@bp.route("/download")
def download():
    with open(os.path.join(current_app.config["DOWNLOAD_DIR"], request.args["name"]), "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="application/octet-stream")


def _load_cart():
    raw = request.cookies.get("cart")
    return pickle.loads(base64.b64decode(raw)) if raw else []


@bp.route("/cart")
def cart():
    items = [db.get_product(pid) for pid in _load_cart()]
    return render_template("cart.html", items=[i for i in items if i is not None])


@bp.route("/cart/add/<int:pid>", methods=["POST"])
def cart_add(pid):
    items = _load_cart() + [pid]
    resp = redirect(url_for("shop.cart"))
    resp.set_cookie("cart", base64.b64encode(pickle.dumps(items)).decode())
    return resp


@bp.route("/admin")
@login_required
def admin():
    return render_template("admin.html", users=db.all_users())


@bp.route("/admin/export")
def admin_export():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["username", "role", "email", "card_number", "password_hash", "last_login", "disabled"])
    for u in db.all_users():
        writer.writerow([u["username"], u["role"], u["email"], u["card_number"], u["password_hash"],
                         u["last_login"], u["disabled"]])
    return Response(out.getvalue(), mimetype="text/csv")


@bp.route("/admin/role", methods=["POST"])
@login_required
@admin_required
def admin_role():
    db.set_role(request.form["username"], request.form["role"])
    log.info("role of %s set to %s", request.form["username"], request.form["role"])
    return redirect(url_for("shop.admin"))


@bp.route("/admin/ping", methods=["POST"])
@login_required
@admin_required
def admin_ping():
    host = request.form.get("host", "")
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True, timeout=10)
    return Response(out.stdout + out.stderr, mimetype="text/plain")


@bp.route("/admin/update", methods=["POST"])
@login_required
@admin_required
def admin_update():
    tools.install_update(current_app.config["UPDATE_URL"])
    return redirect(url_for("shop.admin", msg="updated"))
