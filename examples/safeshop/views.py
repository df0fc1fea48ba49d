"""HTML pages of safeshop."""
import csv
import io
import logging
import os
from urllib.parse import urlsplit

from flask import (Blueprint, Response, abort, current_app, redirect, render_template, request,
                   send_from_directory, session, url_for)

import auth
import db
import tools
from auth import admin_required, login_required

bp = Blueprint("shop", __name__)
log = logging.getLogger("safeshop")
GENERIC_LOGIN_ERROR = "Invalid username, password or code."


def safe_next(target):
    """Only local, relative paths are accepted as redirect targets."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return url_for("shop.index")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return url_for("shop.index")
    return target


@bp.route("/")
def index():
    return render_template("index.html", products=db.all_products())


@bp.route("/search")
def search():
    q = request.args.get("q", "")[:100]
    return render_template("search.html", q=q, products=db.search_products(q))


@bp.route("/product/<int:pid>")
def product(pid):
    item = db.get_product(pid)
    if item is None:
        abort(404)
    return render_template("product.html", product=item, comments=db.comments_for(pid))


@bp.route("/product/<int:pid>/comment", methods=["POST"])
@login_required
def comment(pid):
    if db.get_product(pid) is None:
        abort(404)
    db.add_comment(pid, session["username"], request.form.get("body", "")[:1000])
    return redirect(url_for("shop.product", pid=pid))


@bp.route("/login", methods=["GET", "POST"])
def login():
    next_url = safe_next(request.values.get("next"))
    if request.method == "POST":
        username = request.form.get("username", "")[:64]
        ip = request.remote_addr or "-"
        if auth.is_locked(username, ip):
            log.warning("login blocked (too many failures) user=%r ip=%s", username, ip)
            return render_template("login.html", error="Too many attempts, try again later.", next=next_url), 429
        user = db.find_user(username)
        if user is not None and user["disabled"]:
            user = None
        if not auth.check_password(user, request.form.get("password", "")):
            auth.record_failure(username, ip)
            log.warning("login failed user=%r ip=%s", username, ip)
            return render_template("login.html", error=GENERIC_LOGIN_ERROR, next=next_url), 401
        session.clear()
        session["mfa_user_id"] = user["id"]
        session["mfa_next"] = next_url
        auth.csrf_token()
        return redirect(url_for("shop.login_mfa"))
    return render_template("login.html", next=next_url)


@bp.route("/login/mfa", methods=["GET", "POST"])
def login_mfa():
    user = db.get_user(session.get("mfa_user_id", 0))
    if user is None:
        return redirect(url_for("shop.login"))
    if request.method == "POST":
        ip = request.remote_addr or "-"
        if auth.is_locked(user["username"], ip) or not auth.verify_totp(user["totp_secret"], request.form.get("code", "")):
            auth.record_failure(user["username"], ip)
            log.warning("MFA failed user=%r ip=%s", user["username"], ip)
            return render_template("mfa.html", error=GENERIC_LOGIN_ERROR), 401
        next_url = safe_next(session.get("mfa_next"))
        auth.clear_failures(user["username"])
        auth.start_session(user)
        db.touch_login(user["id"])
        log.info("login succeeded user=%r ip=%s", user["username"], ip)
        return redirect(next_url)
    return render_template("mfa.html")


@bp.route("/logout", methods=["POST"])
def logout():
    log.info("logout user=%r", session.get("username"))
    session.clear()
    return redirect(url_for("shop.index"))


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def profile():
    if request.method == "POST":
        db.update_profile(session["user_id"], request.form.get("email", "")[:200], request.form.get("bio", "")[:1000])
        return redirect(url_for("shop.profile"))
    return render_template("profile.html", user=db.get_user(session["user_id"]))


@bp.route("/orders")
@login_required
def orders():
    return render_template("orders.html", orders=db.orders_for(session["user_id"]))


@bp.route("/orders/<int:order_id>")
@login_required
def order_detail(order_id):
    order = db.get_order_for_user(order_id, session["user_id"])
    if order is None:
        log.warning("order %d not found for user=%r", order_id, session.get("username"))
        abort(404)
    return render_template("order.html", order=order)


@bp.route("/download")
def download():
    name = os.path.basename(request.args.get("name", ""))
    if not name:
        abort(404)
    return send_from_directory(current_app.config["DOWNLOAD_DIR"], name, as_attachment=True)


@bp.route("/cart")
def cart():
    items = [db.get_product(pid) for pid in session.get("cart", [])]
    return render_template("cart.html", items=[i for i in items if i is not None])


@bp.route("/cart/add/<int:pid>", methods=["POST"])
def cart_add(pid):
    if db.get_product(pid) is None:
        abort(404)
    session["cart"] = (session.get("cart", []) + [pid])[-50:]
    return redirect(url_for("shop.cart"))


@bp.route("/admin")
@login_required
@admin_required
def admin():
    return render_template("admin.html", users=db.all_users())


@bp.route("/admin/export")
@login_required
@admin_required
def admin_export():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["username", "role", "last_login", "disabled"])
    for u in db.all_users():
        writer.writerow([u["username"], u["role"], u["last_login"], bool(u["disabled"])])
    log.info("user export by %r", session["username"])
    return Response(out.getvalue(), mimetype="text/csv")


@bp.route("/admin/role", methods=["POST"])
@login_required
@admin_required
def admin_role():
    role = request.form.get("role", "")
    if role not in ("customer", "admin"):
        abort(400)
    db.set_role(request.form.get("username", ""), role)
    log.warning("role change: user=%r role=%s by=%r", request.form.get("username", ""), role, session["username"])
    return redirect(url_for("shop.admin"))


@bp.route("/admin/resolve", methods=["POST"])
@login_required
@admin_required
def admin_resolve():
    addresses = tools.resolve_host(request.form.get("host", "").strip())
    return render_template("admin.html", users=db.all_users(), addresses=addresses)


@bp.route("/admin/update", methods=["POST"])
@login_required
@admin_required
def admin_update():
    tools.fetch_update(current_app.config["UPDATE_URL"], current_app.config["UPDATE_SHA256"])
    log.warning("plugin update staged by %r", session["username"])
    return redirect(url_for("shop.admin"))
