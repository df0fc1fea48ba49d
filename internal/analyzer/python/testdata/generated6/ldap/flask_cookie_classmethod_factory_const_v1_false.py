# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=cookie shape=classmethod_factory_const sink=v1 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
COLUMNS = {"n": "name", "e": "email"}
LDAP_BASE = "ou=users,dc=example,dc=org"


class Term:
    def __init__(self, text):
        self.text = text

    @classmethod
    def parse(cls, raw):
        return cls(raw.strip())

    @classmethod
    def default(cls, raw):
        return cls("all")

    @staticmethod
    def column(raw):
        return COLUMNS.get(raw, "name")


@app.route("/00062", methods=["GET", "POST"])
def benchmark_test_00062():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Term.default(param).text
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
