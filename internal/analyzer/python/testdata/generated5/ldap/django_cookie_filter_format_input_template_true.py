# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=cookie shape=filter_format_input_template expected=true
import ldap

from django.http import JsonResponse
from django.urls import path
from ldap.filter import filter_format

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00350(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=" + bar + ")", []))  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00350/", benchmark_test_00350),
]
