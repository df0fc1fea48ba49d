# AC-1: views check `"user_id" in session` inline; the invoice download forgot the check
import os

from flask import Flask, abort, jsonify, send_file, session

from models import Invoice

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login")
def login_page():
    return jsonify(form="login")


@app.route("/invoices")
def invoices():
    if "user_id" not in session:
        abort(401)
    return jsonify([i.number for i in Invoice.query.filter_by(user_id=session["user_id"])])


@app.route("/invoices/<int:invoice_id>/pdf")
def invoice_pdf(invoice_id):  # want: PY-ROUTE-NO-AUTH
    inv = Invoice.query.get_or_404(invoice_id)
    return send_file(inv.pdf_path, mimetype="application/pdf")


@app.route("/invoices/<int:invoice_id>", methods=["DELETE"])
def delete_invoice(invoice_id):
    if "user_id" not in session:
        abort(401)
    Invoice.query.filter_by(id=invoice_id, user_id=session["user_id"]).delete()
    return jsonify(ok=True)
