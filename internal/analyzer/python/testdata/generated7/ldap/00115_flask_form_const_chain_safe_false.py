# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=flask source=form shape=const_chain_safe sink=v0 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.route("/case-00115", methods=["POST"])
def case_00115():
    param = request.form.get("q", "")
    a = 3
    b = a * 4
    c = b - 10
    if c % 2 == 0:
        bar = "safe"
    else:
        bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
