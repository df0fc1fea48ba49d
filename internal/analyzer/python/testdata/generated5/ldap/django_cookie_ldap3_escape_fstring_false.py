# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=cookie shape=ldap3_escape_fstring expected=false
import ldap3

from django.http import JsonResponse
from django.urls import path
from ldap3.utils.conv import escape_filter_chars

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00368(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    value = escape_filter_chars(bar)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(cn={value}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00368/", benchmark_test_00368),
]
