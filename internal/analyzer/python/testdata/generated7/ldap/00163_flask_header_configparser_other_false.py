# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=flask source=header shape=configparser_other sink=v0 expected=false
import configparser
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.route("/case-00163", methods=["GET", "POST"])
def case_00163():
    param = request.headers.get("X-Query", "")
    cp = configparser.ConfigParser()
    cp["search"] = {"term": param, "mode": "basic"}
    bar = cp["search"]["mode"]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
